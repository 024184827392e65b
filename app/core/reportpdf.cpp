#include "reportpdf.h"

#include "reporthtml.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace ReportPdf {

QByteArray render(const ResidencyReport &report, QString *error)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = QCoreApplication::translate("ReportPdf", "PDF needs fonts: run with a QGuiApplication");
        return {};
    }
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        writer.setResolution(300);
        writer.setTitle(QCoreApplication::translate("ReportPdf", "Residency evidence report"));
        writer.setCreator(QStringLiteral("Region Console"));
        QTextDocument document;
        QFont font = document.defaultFont();
        font.setPointSizeF(8);
        document.setDefaultFont(font);
        document.setHtml(ReportHtml::html(report));
        // print() paginates a copy of the document to the writer's page and numbers the pages; table header
        // rows (<thead>) repeat at the top of each page a table runs onto.
        document.print(&writer);
    }
    if (bytes.isEmpty())
        *error = QCoreApplication::translate("ReportPdf", "the PDF writer produced nothing");
    return bytes;
}

} // namespace ReportPdf
