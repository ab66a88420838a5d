#ifndef MINUTES_CLIBXML2_SHIM_H
#define MINUTES_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU; its ICU headers clash with the ICU that Swift's
   Foundation vendors. We never touch encoding handlers' ICU fields, only pointers to them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

/* libxml2 prints some errors through its generic handler, to stderr, whatever the parser
   options say: "Memory allocation failed : growing buffer" landed on the browser's screen.
   These handlers drop every message; the parser context (and libxml2's last error) still
   record it, and the readers report what matters in the load report. libxml2 keeps its
   handlers per thread, so readers call cl_silence_errors before each parse. */
/* Failed allocations libxml2 reported on this thread, ever: a reader compares the count
   before and after a file (libxml2's last error is overwritten by whatever comes next). */
static inline unsigned long *cl_memory_failures_slot(void) { static __thread unsigned long n = 0; return &n; }
static inline unsigned long cl_memory_failures(void) { return *cl_memory_failures_slot(); }

static inline void cl_ignore_generic(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void cl_ignore_structured(void *ctx, xmlErrorPtr error) {
    (void)ctx;
    if (error != NULL && error->code == XML_ERR_NO_MEMORY) (*cl_memory_failures_slot())++;
}
static inline void cl_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, cl_ignore_generic);
    xmlSetStructuredErrorFunc(NULL, cl_ignore_structured);
    xmlResetLastError();
}
#endif
