// log.cc — the wall clock broken down in local time (or UTC) for package log's headers.
#include <ctime>

#include "runtime/rt.h"
#include "stdlib/symbols.h"

namespace {
struct ClockOut {
  int64_t year, month, day, hour, min, sec, usec;
};
}  // namespace

extern "C" void mgo_log_clock(G* g, ClockOut* out, bool utc) {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  tm t;
  if (utc) gmtime_r(&ts.tv_sec, &t);
  else localtime_r(&ts.tv_sec, &t);
  *out = ClockOut{t.tm_year + 1900, t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, ts.tv_nsec / 1000};
}

namespace mgo::std {

const ExternSymbol* log_symbols() {
  static const ExternSymbol table[] = {
      MGO_SYM(mgo_log_clock),
      {nullptr, nullptr},
  };
  return table;
}

}  // namespace mgo::std
