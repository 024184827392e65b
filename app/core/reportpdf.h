#pragma once

#include "residencyreport.h"

#include <QByteArray>
#include <QString>

// A residency report as PDF: ReportHtml laid out by QTextDocument on A4 landscape pages (wide tables) (QPdfWriter): the
// title page (scope, range, generation time, digest), the summary and fact tables, then the calls, whose table header
// repeats on every page; page numbers at the foot. Needs a QGuiApplication (fonts); the command line makes
// one, on the offscreen platform, for `report`.
namespace ReportPdf {

// The PDF file's bytes; empty with *error when it could not be made.
QByteArray render(const ResidencyReport &report, QString *error);

} // namespace ReportPdf
