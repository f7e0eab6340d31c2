#ifndef NEWSGRAPH_CSQLITE_SHIM_H
#define NEWSGRAPH_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
