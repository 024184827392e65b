// LogInspectorActions in a LogPane over a session's request log: Compare needs two selected rows; Import HAR
// adds a browser HAR's calls as read-only rows (Send again and Open in composer are off for them); a bad
// file is refused and nothing is added.
#include "consolesession.h"
#include "loginspectoractions.h"
#include "logpane.h"
#include "memorycredentialstore.h"
#include "requestlogmodel.h"
#include "requestlogstore.h"
#include "requestlogview.h"
#include "support/recordbuilder.h"
#include "support/sandboxfixture.h"
#include "support/sessionoptions.h"
#include "support/testhome.h"

#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class tst_LogInspectorActions : public QObject
{
    Q_OBJECT

    SandboxFixture m_configured;
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<MemoryCredentialStore> m_store;
    std::unique_ptr<ConsoleSession> m_session;
    std::unique_ptr<LogPane> m_pane;

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
        m_pane = std::make_unique<LogPane>(m_session.get());
        m_pane->resize(1200, 400);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    void cleanup()
    {
        m_pane.reset();
        m_session.reset();
        m_store.reset();
        m_home.reset();
    }

    void importedRowsAreReadOnlyAndComparable()
    {
        LogInspectorActions *actions = m_pane->inspectorActions();
        QVERIFY(actions);
        QCOMPARE(actions->importHarAction()->objectName(), u"importHarAction"_s);
        QVERIFY(!actions->compareAction()->isEnabled());
        QString summary;
        QString error;
        QVERIFY2(actions->importHar(QStringLiteral(CIO_TEST_DATA "/devtools-eu-redirect.har"), &summary, &error),
                 qPrintable(error));
        QVERIFY2(summary.startsWith(u"Imported 3 call(s) as read-only rows: "_s), qPrintable(summary));
        QVERIFY(summary.contains(u"EU · track-eu.customer.io: 1 call(s)"_s));
        QTRY_COMPARE(m_pane->view()->model()->rowCount(), 3);

        m_pane->view()->selectRow(0);
        QVERIFY(!m_pane->sendAgainAction()->isEnabled()); // imported: never sent again
        QVERIFY(!m_pane->openInComposerAction()->isEnabled());
        QVERIFY(!actions->compareAction()->isEnabled());
        m_pane->view()->selectionModel()->select(m_pane->view()->model()->index(1, 0),
                                                 QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(actions->compareAction()->isEnabled());

        // A bad file: refused, named, nothing added.
        QTemporaryDir dir;
        QFile bad(dir.filePath(u"bad.har"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"log\":{\"version\":\"1.2\"}}");
        bad.close();
        QVERIFY(!actions->importHar(bad.fileName(), &summary, &error));
        QVERIFY2(error.contains(u"not a HAR file"_s), qPrintable(error));
        QCOMPARE(m_session->logStore()->count(), qint64(3));
    }

    // A call the console sent can be sent again and opened in the composer.
    void ownRowsCanBeSentAgain()
    {
        QCOMPARE(m_session->logStore()->appendBatch({RecordBuilder().workspace(u"Alpha"_s)}).size(), 1);
        QTRY_COMPARE(m_pane->view()->model()->rowCount(), 1);
        m_pane->view()->selectRow(0);
        QVERIFY(m_pane->sendAgainAction()->isEnabled());
        QVERIFY(m_pane->openInComposerAction()->isEnabled());
        QList<ComposedCall> opened;
        connect(m_pane.get(), &LogPane::openInComposer, this, [&opened](const ComposedCall &call) { opened << call; });
        m_pane->openInComposerAction()->trigger();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().kind, CallKind::Event);
        // Not the selected workspace: said so, nothing sent.
        QSignalSpy errors(m_pane.get(), &LogPane::errorMessage);
        m_pane->sendAgainAction()->trigger();
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.at(0).at(0).toString().contains(u"workspace \"Alpha\""_s),
                 qPrintable(errors.at(0).at(0).toString()));
        QCOMPARE(m_session->logStore()->count(), qint64(1));
    }
};

QTEST_MAIN(tst_LogInspectorActions)
#include "tst_loginspectoractions.moc"
