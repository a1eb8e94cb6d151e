// runtime_test_child.h — runs a piece of runtime code in a forked child process and
// captures its exit status and stderr. The runtime's fatal paths (Go panics, throw_,
// fatal, signals) end the process, so tests observe them from the parent, as a user would.
#pragma once
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>

struct ChildResult {
  int status;       // exit status, or 128+signal when the child was killed
  std::string err;  // everything the child wrote to stderr
};

inline ChildResult run_in_child(const std::function<void()>& fn) {
  int p[2];
  if (pipe(p) != 0) abort();
  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  if (pid == 0) {
    close(p[0]);
    dup2(p[1], 2);
    fn();
    _exit(0);
  }
  close(p[1]);
  std::string err;
  char buf[4096];
  for (ssize_t n; (n = read(p[0], buf, sizeof buf)) > 0;) err.append(buf, n);
  close(p[0]);
  int st = 0;
  waitpid(pid, &st, 0);
  return ChildResult{WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st), err};
}

// The first line of s, with its newline.
inline std::string first_line(const std::string& s) { return s.substr(0, s.find('\n') + 1); }
