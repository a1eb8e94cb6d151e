// Package time: Duration (with Go's String), Time as wall clock plus monotonic reading
// (UTC calendar fields), Sleep, and timers (Timer, Ticker, After, AfterFunc, Tick) on the
// runtime's per-P timer heaps. Format and time zones are not provided.
package time

import "errors"


type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// now returns the wall clock (Unix seconds and nanoseconds) and a monotonic reading.
func now() (sec int64, nsec int64, mono int64)

// sleep blocks the calling goroutine for ns nanoseconds (stdlib/time.cc).
func sleep(ns int64)

func Sleep(d Duration) {
	if d <= 0 {
		return
	}
	sleep(int64(d))
}

func (d Duration) String() string {
	var buf [32]byte
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	if u < uint64(Second) {
		var prec int
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			return "0s"
		case u < uint64(Microsecond):
			prec = 0
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			// U+00B5 'µ' micro sign == 0xC2 0xB5
			w--
			copy(buf[w:], "µ")
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf[:w], u, prec)
		w = fmtInt(buf[:w], u)
	} else {
		w--
		buf[w] = 's'
		w, u = fmtFrac(buf[:w], u, 9)
		w = fmtInt(buf[:w], u%60)
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf[:w], u%60)
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf[:w], u)
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return string(buf[w:])
}

func fmtFrac(buf []byte, v uint64, prec int) (nw int, nv uint64) {
	w := len(buf)
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

func fmtInt(buf []byte, v uint64) int {
	w := len(buf)
	if v == 0 {
		w--
		buf[w] = '0'
	} else {
		for v > 0 {
			w--
			buf[w] = byte(v%10) + '0'
			v /= 10
		}
	}
	return w
}

func (d Duration) Nanoseconds() int64  { return int64(d) }
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return -1 << 63
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return 1<<63 - 1
}

func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == -1<<63:
		return 1<<63 - 1
	default:
		return -d
	}
}

// Time is an instant: Unix seconds and nanoseconds, plus a monotonic reading (0 when
// absent) that Sub and Since prefer, as Go's.
type Time struct {
	sec  int64
	nsec int64
	mono int64
}

type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

func (m Month) String() string {
	if January <= m && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + itoa(int64(m)) + ")"
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + itoa(int64(d)) + ")"
}

func itoa(v int64) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var b [24]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func Now() Time {
	sec, nsec, mono := now()
	return Time{sec: sec, nsec: nsec, mono: mono}
}

func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec, nsec: nsec}
}

func UnixMilli(msec int64) Time {
	return Unix(msec/1e3, (msec%1e3)*1e6)
}

func Since(t Time) Duration { return Now().Sub(t) }
func Until(t Time) Duration { return t.Sub(Now()) }

func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return Duration(t.mono - u.mono)
	}
	return Duration((t.sec-u.sec)*1e9 + (t.nsec - u.nsec))
}

func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	r := Time{sec: t.sec + dsec, nsec: nsec}
	if t.mono != 0 {
		r.mono = t.mono + int64(d)
	}
	return r
}

func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 && t.mono == 0 }

func (t Time) Unix() int64      { return t.sec }
func (t Time) UnixNano() int64  { return t.sec*1e9 + t.nsec }
func (t Time) UnixMilli() int64 { return t.sec*1e3 + t.nsec/1e6 }
func (t Time) UnixMicro() int64 { return t.sec*1e6 + t.nsec/1e3 }
func (t Time) Nanosecond() int  { return int(t.nsec) }

func (t Time) Round(d Duration) Time { return Time{sec: t.sec, nsec: t.nsec} }

// civil returns the UTC calendar date of t (Howard Hinnant's days-to-civil).
func (t Time) civil() (year int, month Month, day int, secOfDay int64) {
	days := t.sec / 86400
	secOfDay = t.sec % 86400
	if secOfDay < 0 {
		secOfDay += 86400
		days--
	}
	z := days + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era = (z - 146096) / 146097
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d), secOfDay
}

func (t Time) Date() (year int, month Month, day int) {
	year, month, day, _ = t.civil()
	return
}

func (t Time) Year() int {
	y, _, _, _ := t.civil()
	return y
}

func (t Time) Month() Month {
	_, m, _, _ := t.civil()
	return m
}

func (t Time) Day() int {
	_, _, d, _ := t.civil()
	return d
}

func (t Time) Clock() (hour, min, sec int) {
	_, _, _, s := t.civil()
	return int(s / 3600), int(s % 3600 / 60), int(s % 60)
}

func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

func (t Time) Weekday() Weekday {
	days := t.sec / 86400
	if t.sec%86400 < 0 {
		days--
	}
	w := (days + 4) % 7 // 1970-01-01 was a Thursday
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

func (t Time) YearDay() int {
	y, m, d := t.Date()
	days := []int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}
	yd := days[m-1] + d
	if m > February && (y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
		yd++
	}
	return yd
}

// ---- timers: the runtime's per-P timer heaps (runtime/timer.{h,cc}) ----

// runtimeTimer is the runtime's Timer (runtime/timer.h), field for field. While the
// timer is started the runtime owns every field; Go code sets c, f and period only on a
// timer that is not started, and passes periods to resetTimer.
// When it fires: f != nil starts go f(); otherwise Now() is sent on c without blocking
// (a full channel drops the value, as Go's sendTime).
type runtimeTimer struct {
	pp     uintptr
	when   int64
	period int64
	c      chan Time
	f      func()
	gp     uintptr
	index  int
}

// startTimer starts t to fire d nanoseconds from now (at once when d <= 0).
func startTimer(t *runtimeTimer, d int64)

// stopTimer stops t; it reports whether t was pending (true: it will not fire).
func stopTimer(t *runtimeTimer) bool

// resetTimer stops t and starts it again to fire d nanoseconds from now, then every
// period (0: once); it reports whether t was pending.
func resetTimer(t *runtimeTimer, d int64, period int64) bool

// The Timer type represents a single event. When the Timer expires, the current time
// will be sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

func (t *Timer) Stop() bool {
	if t.r.c == nil && t.r.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(&t.r)
}

func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.r.c = c
	startTimer(&t.r, int64(d))
	return t
}

func (t *Timer) Reset(d Duration) bool {
	if t.r.c == nil && t.r.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(&t.r, int64(d), 0)
}

func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{}
	t.r.f = f
	startTimer(&t.r, int64(d))
	return t
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic(errors.New("non-positive interval for NewTicker"))
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.r.c = c
	t.r.period = int64(d)
	startTimer(&t.r, int64(d))
	return t
}

func (t *Ticker) Stop() {
	stopTimer(&t.r)
}

func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r.c == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(&t.r, int64(d), int64(d))
}

func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

// ---- ParseDuration (Go's grammar: [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+ and Go's errors) ----

func quoteDuration(s string) string {
	const lowerhex = "0123456789abcdef"
	buf := make([]byte, 1, len(s)+2)
	buf[0] = '"'
	for i, c := range s {
		if c >= 0x80 || c < ' ' {
			var width int
			if c == 0xFFFD {
				width = 1
				if i+2 < len(s) && s[i:i+3] == string(rune(0xFFFD)) {
					width = 3
				}
			} else {
				width = len(string(c))
			}
			for j := 0; j < width; j++ {
				buf = append(buf, `\x`...)
				buf = append(buf, lowerhex[s[i+j]>>4])
				buf = append(buf, lowerhex[s[i+j]&0xF])
			}
		} else {
			if c == '"' || c == '\\' {
				buf = append(buf, '\\')
			}
			buf = append(buf, string(c)...)
		}
	}
	buf = append(buf, '"')
	return string(buf)
}

func unitOf(u string) (uint64, bool) {
	switch u {
	case "ns":
		return uint64(Nanosecond), true
	case "us", "µs", "μs":
		return uint64(Microsecond), true
	case "ms":
		return uint64(Millisecond), true
	case "s":
		return uint64(Second), true
	case "m":
		return uint64(Minute), true
	case "h":
		return uint64(Hour), true
	}
	return 0, false
}

func ParseDuration(s string) (Duration, error) {
	orig := s
	var d uint64
	neg := false
	invalid := errors.New("time: invalid duration " + quoteDuration(orig))
	if s != "" {
		c := s[0]
		if c == '-' || c == '+' {
			neg = c == '-'
			s = s[1:]
		}
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, invalid
	}
	for s != "" {
		var v, f uint64
		scale := 1.0
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, invalid
		}
		// the integer part
		pl := len(s)
		i := 0
		for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
			if v > 1<<63/10 {
				return 0, invalid
			}
			v = v*10 + uint64(s[i]) - '0'
			if v > 1<<63 {
				return 0, invalid
			}
		}
		s = s[i:]
		pre := pl != len(s)
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			pl := len(s)
			overflow := false
			i := 0
			for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
				if overflow {
					continue
				}
				if f > (1<<63-1)/10 {
					overflow = true
					continue
				}
				y := f*10 + uint64(s[i]) - '0'
				if y > 1<<63 {
					overflow = true
					continue
				}
				f = y
				scale *= 10
			}
			s = s[i:]
			post = pl != len(s)
		}
		if !pre && !post {
			return 0, invalid
		}
		i = 0
		for ; i < len(s); i++ {
			c := s[i]
			if c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quoteDuration(orig))
		}
		u := s[:i]
		s = s[i:]
		unit, ok := unitOf(u)
		if !ok {
			return 0, errors.New("time: unknown unit " + quoteDuration(u) + " in duration " + quoteDuration(orig))
		}
		if v > 1<<63/unit {
			return 0, invalid
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, invalid
			}
		}
		d += v
		if d > 1<<63 {
			return 0, invalid
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, invalid
	}
	return Duration(d), nil
}
