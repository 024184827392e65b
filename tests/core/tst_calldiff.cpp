// CallDiff: two calls side by side, differences in the request, hops, header fields and bodies marked.
#include "calldiff.h"
#include "support/recordbuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const DiffRow *find(const QList<DiffRow> &rows, const QString &section, const QString &field)
{
    for (const DiffRow &row : rows)
        if (row.section == section && row.field == field)
            return &row;
    return nullptr;
}
} // namespace

class tst_CallDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void differencesAreMarked()
    {
        // The same event via the US host (301, then the EU host) and via the EU host directly.
        RequestRecord viaUs = RecordBuilder()
                                  .id(1)
                                  .siteId(u"eu-site"_s)
                                  .handledBy(Region::Eu)
                                  .accountRegion(Region::Eu)
                                  .requestBody(R"({"name":"purchase","data":{"plan":"pro"}})");
        viaUs.hops[0].responseHeaders = {{u"Location"_s, u"https://track-eu.customer.io/x"_s}};
        viaUs.hops[0].responseBody = R"({"errors":[{"detail":"wrong datacenter"}]})";
        viaUs.hops[1].requestHeaders = {{u"Authorization"_s, u"Basic ZXUtc2l0ZTpzZWNyZXQ="_s}};
        RequestRecord viaEu = RecordBuilder()
                                  .id(2)
                                  .siteId(u"eu-site"_s)
                                  .route(Region::Eu)
                                  .handledBy(Region::Eu)
                                  .accountRegion(Region::Eu)
                                  .requestBody(R"({"name":"purchase","data":{"plan":"team"}})");
        viaEu.hops[0].requestHeaders = {{u"Authorization"_s, u"Basic eu-site:•••"_s}};
        const QList<DiffRow> rows = CallDiff::compare(viaUs, viaEu);
        QVERIFY(CallDiff::differences(rows) > 0);

        QVERIFY(!find(rows, u"Request"_s, u"call kind"_s)->differs);
        QVERIFY(!find(rows, u"Request"_s, u"path"_s)->differs);
        QVERIFY(find(rows, u"Request"_s, u"route"_s)->differs);
        QVERIFY(find(rows, u"Outcome"_s, u"hops"_s)->differs);
        QVERIFY(!find(rows, u"Outcome"_s, u"duration"_s)->differs); // timing is shown, never marked
        QVERIFY(find(rows, u"Hop 1"_s, u"status"_s)->differs); // 301 against 200
        const DiffRow *location = find(rows, u"Hop 1 response headers"_s, u"Location"_s);
        QVERIFY(location && location->differs && location->right == u"(absent)"_s);
        QVERIFY(find(rows, u"Hop 2"_s, u"URL"_s)->differs); // only the first call has a second hop

        // Bodies line by line: the changed line is marked, the equal ones are not.
        bool planMarked = false;
        bool nameEqual = false;
        for (const DiffRow &row : rows) {
            if (row.section != u"Request body")
                continue;
            if (row.left.contains(u"\"plan\"") || row.right.contains(u"\"plan\""))
                planMarked = planMarked || row.differs;
            if (row.left.contains(u"purchase") && row.right.contains(u"purchase"))
                nameEqual = !row.differs;
        }
        QVERIFY(planMarked);
        QVERIFY(nameEqual);
        // Each body row is named by its line on each side: a line on one side only says "–" for the other, and no
        // two rows of a body share a name.
        QStringList bodyLines;
        for (const DiffRow &row : rows) {
            if (row.section != u"Request body")
                continue;
            QVERIFY2(!bodyLines.contains(row.field), qPrintable(row.field));
            bodyLines << row.field;
            if (row.left.isEmpty() != row.right.isEmpty())
                QVERIFY2(row.field.contains(u"–"_s), qPrintable(row.field));
        }
        bool redirectBody = false;
        for (const DiffRow &row : rows)
            redirectBody =
                redirectBody || (row.section == u"Hop 1 response body" && row.left.contains(u"wrong datacenter"));
        QVERIFY(redirectBody);

        // Authorization only masked, whatever a header list held.
        const QString text = CallDiff::plainText(viaUs, viaEu, rows);
        QVERIFY(!text.contains(u"ZXUtc2l0ZTpzZWNyZXQ="_s));
        QVERIFY2(text.startsWith(u"Call #1 (left) and call #2 (right): "_s), qPrintable(text));
        QVERIFY(text.contains(u"≠ status: 301  |  200"_s));
    }

    void sameCallHasNoDifference()
    {
        const RequestRecord r = RecordBuilder().id(5).requestBody(R"({"name":"x"})");
        RequestRecord again = r;
        again.id = 6;
        QCOMPARE(CallDiff::differences(CallDiff::compare(r, again)), 0);
    }
};

QTEST_GUILESS_MAIN(tst_CallDiff)
#include "tst_calldiff.moc"
