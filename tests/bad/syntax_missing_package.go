// A file without a package clause.

func main() {}
