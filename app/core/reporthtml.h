#pragma once

#include "residencyreport.h"

#include <QString>

// A residency report as one HTML page (the HTML format, the window's preview and, through QTextDocument,
// the PDF). Only the subset of HTML and CSS that QTextDocument renders: a title section that ends with a
// page break, the summary, the fact tables, then the calls' table whose header row repeats on each page.
namespace ReportHtml {

struct Options
{
    int maxRows = -1; // calls shown in the table (-1: all); the preview shows the first ones
    bool pageBreaks = true; // a page break after the title (PDF)
};

QString html(const ResidencyReport &report, const Options &options = {});

} // namespace ReportHtml
