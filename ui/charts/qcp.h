#pragma once

// Include QCustomPlot only through this header. Two inline templates of qcustomplot.h
// (plottableAt, itemAt) use Qt's `foreach`, which Följa switches off (QT_NO_FOREACH); a
// range-for stands in for it while the header is read, and nowhere else.

#include <QtGlobal>

#if defined(QT_NO_FOREACH) && !defined(foreach)
#define foreach(variable, container) for (variable : container)
#define FOLJA_QCP_FOREACH
#endif

#include <qcustomplot.h>

#ifdef FOLJA_QCP_FOREACH
#undef foreach
#undef FOLJA_QCP_FOREACH
#endif
