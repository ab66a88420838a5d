#ifndef MINUTES_CLIBXML2_SHIM_H
#define MINUTES_CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#endif
