// LogFilterBar: the request log's filters as widgets, the RequestLogFilter they describe, and when they say so
// (the lists at once, the text once typing pauses).
#include "logfilterbar.h"
#include "support/namedchild.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
const QStringList Combos {u"logWorkspaceFilter"_s, u"logRegionFilter"_s, u"logHostFilter"_s,
                          u"logStatusFilter"_s,    u"logCallFilter"_s,   u"logApiFilter"_s};
}

class tst_LogFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RequestLogFilter>(); }

    void everyControlIsNamed()
    {
        LogFilterBar bar;
        QCOMPARE(bar.objectName(), u"logFilterBar"_s);
        CIO_CHILD(QLineEdit, text, &bar, u"logSearchEdit"_s);
        QCOMPARE(bar.textEdit(), text);
        QVERIFY(!text->accessibleName().isEmpty());
        for (const QString &name : Combos) {
            CIO_CHILD(QComboBox, combo, &bar, name);
            QVERIFY2(!combo->accessibleName().isEmpty(), qPrintable(name));
            QCOMPARE(combo->currentIndex(), 0); // "Any" first
        }
        QVERIFY(bar.filter().isEmpty());
        QVERIFY(!bar.isActive());
    }

    // Each list's choice, as the filter it gives; signalled at once.
    void listsGiveTheFilterAtOnce_data()
    {
        QTest::addColumn<QString>("combo");
        QTest::addColumn<QString>("choice"); // the item's text
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("workspace") << u"logWorkspaceFilter"_s << u"Production"_s << u"workspace"_s << u"Production"_s;
        QTest::newRow("region us") << u"logRegionFilter"_s << u"US"_s << u"region"_s << u"us"_s;
        QTest::newRow("region eu") << u"logRegionFilter"_s << u"EU"_s << u"region"_s << u"eu"_s;
        QTest::newRow("no host") << u"logRegionFilter"_s << u"No host"_s << u"region"_s << u"unknown"_s;
        QTest::newRow("host") << u"logHostFilter"_s << u"track-eu.customer.io"_s << u"handledBy"_s
                              << u"track-eu.customer.io"_s;
        QTest::newRow("4xx") << u"logStatusFilter"_s << u"4xx"_s << u"status"_s << u"4xx"_s;
        QTest::newRow("network") << u"logStatusFilter"_s << u"network"_s << u"status"_s << u"network"_s;
        QTest::newRow("call") << u"logCallFilter"_s << u"add-device"_s << u"call"_s << u"add-device"_s;
        QTest::newRow("pipelines call") << u"logCallFilter"_s << u"identify (Pipelines)"_s << u"call"_s
                                        << u"pipelines-identify"_s;
        QTest::newRow("api") << u"logApiFilter"_s << u"Pipelines API"_s << u"api"_s << u"pipelines"_s;
    }
    void listsGiveTheFilterAtOnce()
    {
        QFETCH(QString, combo);
        QFETCH(QString, choice);
        QFETCH(QString, field);
        QFETCH(QString, value);
        LogFilterBar bar;
        bar.setWorkspaces({u"Staging"_s, u"Production"_s});
        bar.setHosts({u"track.customer.io"_s, u"track-eu.customer.io"_s});
        QSignalSpy changed(&bar, &LogFilterBar::filterChanged);
        CIO_CHILD(QComboBox, box, &bar, combo);
        const int index = box->findText(choice);
        QVERIFY2(index > 0, qPrintable(choice));
        box->setCurrentIndex(index);
        QCOMPARE(changed.count(), 1);
        const RequestLogFilter f = changed.first().at(0).value<RequestLogFilter>();
        if (field == u"workspace")
            QCOMPARE(f.workspace, value);
        else if (field == u"region")
            QCOMPARE(regionCode(f.region.value_or(Region::Us)), value);
        else if (field == u"handledBy")
            QCOMPARE(f.handledBy, value);
        else if (field == u"status")
            QCOMPARE(RequestLogFilter::statusClassName(f.statusClass), value);
        else if (field == u"api")
            QCOMPARE(f.terms, (QList<RequestLogFilter::Term> {{RequestLogFilter::Field::Api, {value}, false}}));
        else
            QCOMPARE(storedCallName(f.call.value_or(CallKind::Region)), value);
        QVERIFY(bar.isActive());
        QCOMPARE(bar.filter().isEmpty(), false);
    }

    // Typing runs one query once it pauses, not one per character; the text is trimmed.
    void textIsGivenOnceTypingPauses()
    {
        LogFilterBar bar;
        QSignalSpy changed(&bar, &LogFilterBar::filterChanged);
        QTest::keyClicks(bar.textEdit(), u" ada@ex "_s);
        QCOMPARE(changed.count(), 0); // not before the pause
        QVERIFY(changed.wait(5000));
        QCOMPARE(changed.first().at(0).value<RequestLogFilter>().text, u"ada@ex"_s);
        // The barrier for "once": the delay's timer is idle again, so nothing more is coming.
        CIO_CHILD(QTimer, delay, &bar, QString());
        QVERIFY(!delay->isActive());
        QCOMPARE(changed.count(), 1);
        // A list changed meanwhile gives the text at once with it.
        QTest::keyClicks(bar.textEdit(), u"a"_s);
        CIO_CHILD(QComboBox, status, &bar, u"logStatusFilter"_s);
        status->setCurrentIndex(1);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().at(0).value<RequestLogFilter>().text, u"ada@ex a"_s);
        QVERIFY(!delay->isActive());
    }

    // A choice in force stays listed when it is no longer offered, and nothing is signalled.
    void choicesInForceStayListed()
    {
        LogFilterBar bar;
        bar.setWorkspaces({u"A"_s, u"B"_s});
        CIO_CHILD(QComboBox, workspace, &bar, u"logWorkspaceFilter"_s);
        workspace->setCurrentIndex(workspace->findText(u"B"_s));
        QSignalSpy changed(&bar, &LogFilterBar::filterChanged);
        bar.setWorkspaces({u"A"_s, u"C"_s});
        QCOMPARE(changed.count(), 0);
        QCOMPARE(workspace->currentText(), u"B"_s);
        QCOMPARE(bar.filter().workspace, u"B"_s);
        QStringList items;
        for (int i = 0; i < workspace->count(); ++i)
            items << workspace->itemText(i);
        QCOMPARE(items, (QStringList {u"All workspaces"_s, u"B"_s, u"A"_s, u"C"_s}));
        // Not chosen: gone with the next list.
        workspace->setCurrentIndex(0);
        bar.setWorkspaces({u"C"_s});
        QCOMPARE(workspace->count(), 2);
    }

    void clearFiltersSignalsOnce()
    {
        LogFilterBar bar;
        bar.setHosts({u"h"_s});
        bar.textEdit()->setText(u"x"_s);
        for (const QString &name : Combos) {
            CIO_CHILD(QComboBox, combo, &bar, name);
            combo->setCurrentIndex(combo->count() - 1);
        }
        QVERIFY(bar.isActive());
        QSignalSpy changed(&bar, &LogFilterBar::filterChanged);
        bar.clearFilters();
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.first().at(0).value<RequestLogFilter>().isEmpty());
        QVERIFY(!bar.isActive());
        CIO_CHILD(QTimer, delay, &bar, QString());
        QVERIFY(!delay->isActive()); // the text's pending signal went with it
    }

    // Terms typed as in a browser's network panel; every filter in force is a removable chip.
    void termsBecomeRemovableChips()
    {
        LogFilterBar bar;
        bar.show();
        CIO_CHILD(QComboBox, status, &bar, u"logStatusFilter"_s);
        status->setCurrentIndex(status->findText(u"4xx"_s));
        QSignalSpy changed(&bar, &LogFilterBar::filterChanged);
        bar.textEdit()->setText(u"method:put,post -region:eu from:2026-12-01 wrong datacenter"_s);
        QVERIFY(changed.wait(5000));
        const RequestLogFilter f = changed.last().at(0).value<RequestLogFilter>();
        QCOMPARE(f.terms.size(), 2);
        QCOMPARE(f.terms.at(0).values, (QStringList {u"PUT"_s, u"POST"_s}));
        QVERIFY(f.terms.at(1).negated);
        QCOMPARE(f.text, u"wrong datacenter"_s);
        QVERIFY(f.from.isValid());
        QStringList chips;
        for (QWidget *chip : bar.chips()) {
            chips << qobject_cast<QToolButton *>(chip)->text();
            QVERIFY(!chip->accessibleName().isEmpty());
        }
        QCOMPARE(chips.size(), 5);
        QVERIFY2(chips.first().startsWith(u"status: 4xx"_s), qPrintable(chips.join(u'|')));
        QVERIFY(chips.at(1).startsWith(u"method: PUT, POST"_s));
        QVERIFY(chips.at(2).startsWith(u"not region: eu"_s));
        QVERIFY(chips.last().startsWith(u"text: “wrong datacenter”"_s));

        // ✕ on the negated region: the term leaves the box, the rest stays.
        QTest::mouseClick(qobject_cast<QToolButton *>(bar.chips().at(2)), Qt::LeftButton);
        QTRY_VERIFY(!bar.textEdit()->text().contains(u"region"_s));
        QVERIFY(bar.textEdit()->text().contains(u"method:PUT,POST"_s));
        QVERIFY(bar.textEdit()->text().contains(u"from:2026-12-01"_s));
        QVERIFY(bar.textEdit()->text().contains(u"wrong datacenter"_s));
        // ✕ on the list's chip resets the list.
        QTRY_COMPARE(bar.chips().size(), 4);
        QTest::mouseClick(qobject_cast<QToolButton *>(bar.chips().at(0)), Qt::LeftButton);
        QTRY_COMPARE(status->currentIndex(), 0);

        // A bad term is named; the filter falls back to the text as typed.
        bar.textEdit()->setText(u"status:6xx"_s);
        QTRY_VERIFY(bar.filter().terms.isEmpty());
        CIO_CHILD(QLabel, problem, &bar, u"logFilterProblem"_s);
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(problem->text().startsWith(u"status: must be one or more of"_s), qPrintable(problem->text()));
    }
};

QTEST_MAIN(tst_LogFilterBar)
#include "tst_logfilterbar.moc"
