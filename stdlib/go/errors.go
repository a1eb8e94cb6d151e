// Package errors: New, Unwrap, Is, As. As assigns through a TypeDesc-driven C++ helper.
package errors

func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

type unwrapper interface {
	Unwrap() error
}

type iser interface {
	Is(error) bool
}

type aser interface {
	As(interface{}) bool
}

func Unwrap(err error) error {
	u, ok := err.(unwrapper)
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// comparable reports whether err's dynamic type supports ==.
func comparable(err error) bool

// checkTarget: 0 if target is a non-nil pointer to an interface or to a type
// implementing error; 1 if it is not a non-nil pointer; 2 otherwise.
func checkTarget(target interface{}) int

// assignTo stores err in *target if err's dynamic type is assignable to *target's type.
func assignTo(err error, target interface{}) bool

func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	isComparable := comparable(target)
	for {
		if isComparable && err == target {
			return true
		}
		if x, ok := err.(iser); ok && x.Is(target) {
			return true
		}
		err = Unwrap(err)
		if err == nil {
			return false
		}
	}
}

func As(err error, target interface{}) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch checkTarget(target) {
	case 1:
		panic("errors: target must be a non-nil pointer")
	case 2:
		panic("errors: *target must be interface or implement error")
	}
	for err != nil {
		if assignTo(err, target) {
			return true
		}
		if x, ok := err.(aser); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}
