package main

func main() {
}

/* a comment that
never ends
