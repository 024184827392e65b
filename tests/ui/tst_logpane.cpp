// LogPane over a ConsoleSession's request log in a temporary home: the stored calls newest first, the selected
// call's detail, the filters, clearing (asked first), exports and copy as curl.
#include "consolesession.h"
#include "logpane.h"
#include "memorycredentialstore.h"
#include "requestlogmodel.h"
#include "requestlogstore.h"
#include "requestlogview.h"
#include "support/namedchild.h"
#include "support/recordbuilder.h"
#include "support/sandboxfixture.h"
#include "support/sessionoptions.h"
#include "support/testhome.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>

#include <memory>

using namespace Qt::StringLiterals;

class tst_LogPane : public QObject
{
    Q_OBJECT

    SandboxFixture m_configured; // nothing leaves the machine
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<LogPane> m_pane;

    // Three stored calls, oldest first: an Alpha event, a Beta identify answered 401, an Alpha call
    // redirected to the EU host.
    void seed()
    {
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-60);
        QList<RequestRecord> records {
            RecordBuilder().workspace(u"Alpha"_s).path(u"/api/v1/customers/first/events"_s).startedAt(at),
            RecordBuilder()
                .workspace(u"Beta"_s)
                .call(CallKind::Identify)
                .path(u"/api/v1/customers/second"_s)
                .status(401)
                .startedAt(at.addSecs(1)),
            RecordBuilder()
                .workspace(u"Alpha"_s)
                .path(u"/api/v1/customers/third/events"_s)
                .handledBy(Region::Eu)
                .startedAt(at.addSecs(2)),
        };
        QCOMPARE(m_session->logStore()->appendBatch(records).size(), records.size());
    }

    RequestLogView *view() const { return m_pane->view(); }
    QString cell(int row, int column) const { return view()->model()->index(row, column).data().toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_configured.start(&error), qPrintable(error));
    }

    void init()
    {
        m_home = std::make_unique<TestHome>();
        QVERIFY(m_home->isValid());
        m_store = std::make_unique<MemoryCredentialStore>();
        m_session = std::make_unique<ConsoleSession>(sessionOptions(*m_home, m_store.get(), m_configured.endpoints));
        QVERIFY2(m_session->logStore() && m_session->logStore()->isOpen(), qPrintable(m_session->logError()));
        seed();
        if (QTest::currentTestFailed())
            return;
        m_pane = std::make_unique<LogPane>(m_session.get());
        m_pane->resize(1200, 400);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        QTRY_COMPARE(view()->model()->rowCount(), 3);
    }

    void cleanup()
    {
        m_pane.reset();
        m_session.reset();
        m_store.reset();
        m_home.reset();
    }

    void showsTheStoredCallsNewestFirst()
    {
        QCOMPARE(m_pane->objectName(), u"bottomSplitter"_s);
        QCOMPARE(m_pane->model(), qobject_cast<RequestLogModel *>(m_pane->model()));
        CIO_CHILD(RequestLogView, table, m_pane.get(), u"requestLogView"_s);
        QCOMPARE(table, view());
        QCOMPARE(cell(0, RequestLogModel::Path), u"/api/v1/customers/third/events"_s);
        QCOMPARE(cell(1, RequestLogModel::Status), u"401"_s);
        QCOMPARE(cell(2, RequestLogModel::Workspace), u"Alpha"_s);
        for (const QString &name : {u"exportLogButton"_s, u"clearLogButton"_s, u"requestDetail"_s}) {
            CIO_CHILD(QWidget, widget, m_pane.get(), name);
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
        }
        // Nothing selected: nothing to export or copy.
        QVERIFY(!m_pane->exportSelectedAction()->isEnabled());
        QVERIFY(!m_pane->copyCurlAction()->isEnabled());
        QVERIFY(m_pane->exportMatchingHarAction()->isEnabled());
    }

    void theSelectedCallIsDetailed()
    {
        CIO_CHILD(QTextEdit, detail, m_pane.get(), u"requestDetail"_s);
        QVERIFY(detail->toPlainText().isEmpty());
        const qint64 redirected = m_session->logStore()->newestId();
        m_pane->selectCall(redirected);
        QCOMPARE(view()->currentIndex().row(), 0);
        const QString text = detail->toPlainText();
        QVERIFY2(text.contains(u"/api/v1/customers/third/events"_s), qPrintable(text));
        QVERIFY2(text.contains(u"2 hops"_s), qPrintable(text));
        QVERIFY(m_pane->copyCurlAction()->isEnabled());
        view()->selectRow(1);
        QVERIFY(m_pane->exportSelectedAction()->isEnabled());
        QVERIFY2(detail->toPlainText().contains(u"/api/v1/customers/second"_s), qPrintable(detail->toPlainText()));
    }

    void filtersNarrowTheTable()
    {
        // The hosts of the table in use are offered.
        m_pane->updateFilterChoices();
        CIO_CHILD(QComboBox, hosts, m_pane.get(), u"logHostFilter"_s);
        QVERIFY(hosts->findData(EndpointTable::hostLabel(m_configured.endpoints.trackUrl(Region::Eu))) > 0);

        CIO_CHILD(QComboBox, status, m_pane.get(), u"logStatusFilter"_s);
        status->setCurrentIndex(status->findText(u"4xx"_s));
        QTRY_COMPARE(view()->model()->rowCount(), 1);
        QCOMPARE(cell(0, RequestLogModel::Path), u"/api/v1/customers/second"_s);

        status->setCurrentIndex(0);
        CIO_CHILD(QLineEdit, search, m_pane.get(), u"logSearchEdit"_s);
        QTest::keyClicks(search, u"third"_s);
        QTRY_COMPARE(view()->model()->rowCount(), 1);
        QCOMPARE(cell(0, RequestLogModel::Path), u"/api/v1/customers/third/events"_s);
    }

    // Clearing deletes every stored call, only once confirmed.
    void clearingAsksFirst()
    {
        QSignalSpy status(m_pane.get(), &LogPane::statusMessage);
        m_pane->clearLog();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = TestSupport::namedChild<QMessageBox>(m_pane.get(), u"clearLogConfirm"_s))
                    && box->isVisible());
        QVERIFY2(box->informativeText().contains(u"3 stored call(s)"_s), qPrintable(box->informativeText()));
        CIO_CHILD(QPushButton, cancel, box, u"cancelClearLogButton"_s);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(!TestSupport::namedChild<QMessageBox>(m_pane.get(), u"clearLogConfirm"_s));
        QCOMPARE(m_session->logStore()->count(), qint64(3));
        QCOMPARE(view()->model()->rowCount(), 3);

        m_pane->clearLog();
        QTRY_VERIFY((box = TestSupport::namedChild<QMessageBox>(m_pane.get(), u"clearLogConfirm"_s))
                    && box->isVisible());
        CIO_CHILD(QPushButton, confirm, box, u"confirmClearLogButton"_s);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE(view()->model()->rowCount(), 0);
        QCOMPARE(m_session->logStore()->count(), qint64(0));
        QCOMPARE(status.constLast().at(0).toString(), u"Request log cleared."_s);
    }

    void exportsTheSelectedAndTheMatchingCalls()
    {
        view()->selectRow(0);
        const QString har = m_home->path(u"selected.har"_s);
        QString error;
        QCOMPARE(m_pane->exportSelected(har, &error), 1);
        QFile file(har);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray entries =
            QJsonDocument::fromJson(file.readAll()).object().value(u"log"_s).toObject().value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 2); // one entry per hop of the redirected call
        file.close();

        QSignalSpy finished(m_pane.get(), &LogPane::exportFinished);
        const QString jsonl = m_home->path(u"all.jsonl"_s);
        m_pane->exportMatching(jsonl, LogExport::Format::Jsonl);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toString(), jsonl);
        QCOMPARE(finished.first().at(1).toInt(), 3);
        QCOMPARE(finished.first().at(2).toString(), QString());
        QFile lines(jsonl);
        QVERIFY(lines.open(QIODevice::ReadOnly));
        QCOMPARE(lines.readAll().trimmed().split('\n').size(), 3);
    }

    // The curl command names the key as a shell variable, never the key.
    void copiesTheSelectedCallAsCurl()
    {
        QSignalSpy status(m_pane.get(), &LogPane::statusMessage);
        view()->setCurrentIndex(view()->model()->index(2, 0));
        m_pane->copySelectedAsCurl();
        const QString curl = QGuiApplication::clipboard()->text();
        QVERIFY2(curl.startsWith(u"curl"_s), qPrintable(curl));
        QVERIFY2(curl.contains(u"$CIO_TRACK_API_KEY"_s), qPrintable(curl));
        QVERIFY2(curl.contains(u"/api/v1/customers/first/events"_s), qPrintable(curl));
        QVERIFY(status.constLast().at(0).toString().contains(u"$CIO_TRACK_API_KEY"_s));
    }
};

QTEST_MAIN(tst_LogPane)
#include "tst_logpane.moc"
