// CompareDialog: two calls side by side, one row per field, header field and body line, the differences
// marked; Authorization only masked.
#include "comparedialog.h"
#include "support/namedchild.h"
#include "support/recordbuilder.h"

#include <QLabel>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CompareDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void differencesAreMarked()
    {
        RequestRecord viaUs =
            RecordBuilder().id(3).siteId(u"eu-site"_s).handledBy(Region::Eu).accountRegion(Region::Eu);
        viaUs.hops[0].requestHeaders = {{u"Authorization"_s, u"Basic ZXUtc2l0ZTpzZWNyZXQ="_s}};
        const RequestRecord viaEu = RecordBuilder().id(4).siteId(u"eu-site"_s).route(Region::Eu).handledBy(Region::Eu);
        CompareDialog dialog(viaUs, viaEu);
        QCOMPARE(dialog.objectName(), u"compareDialog"_s);
        QVERIFY(!dialog.accessibleName().isEmpty());
        QVERIFY(dialog.windowTitle().contains(u"#3"_s) && dialog.windowTitle().contains(u"#4"_s));
        CIO_CHILD(QTableWidget, table, &dialog, u"compareTable"_s);
        QVERIFY(!table->accessibleName().isEmpty());
        QCOMPARE(table->horizontalHeaderItem(2)->text(), u"Call #3"_s);
        int marked = 0;
        bool statusMarked = false;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QString field = table->item(row, 1)->text();
            marked += field.startsWith(u"≠ "_s) ? 1 : 0;
            if (table->item(row, 0)->text() == u"Hop 1"_s && field == u"≠ status"_s) {
                statusMarked = table->item(row, 2)->text() == u"301"_s && table->item(row, 3)->text() == u"200"_s
                    && table->item(row, 2)->font().bold();
            }
            for (int column : {2, 3})
                QVERIFY(!table->item(row, column)->text().contains(u"ZXUtc2l0ZTpzZWNyZXQ="_s));
        }
        QVERIFY(statusMarked);
        CIO_CHILD(QLabel, summary, &dialog, u"compareSummary"_s);
        QCOMPARE(summary->text(), u"%1 difference(s) marked ≠."_s.arg(marked));
    }
};

QTEST_MAIN(tst_CompareDialog)
#include "tst_comparedialog.moc"
