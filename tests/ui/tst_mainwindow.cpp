// Offscreen test of the main window on real parts: the built-in sandbox over loopback sockets, a
// MemoryCredentialStore standing in for the keychain of configured workspaces, a temporary settings file,
// a temporary request log database (never the user's data directory), and a KeychainCredentialStore
// without any D-Bus session for the "secure storage unavailable" path.

#include "calltemplates.h"
#include "delegates.h"
#include "keychaincredentialstore.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "regionpanel.h"
#include "requestlogmodel.h"
#include "requestlogstore.h"
#include "sandboxmenu.h"
#include "sandboxserver.h"
#include "support/isolatedwindowtest.h"
#include "support/namedchild.h"
#include "support/recordbuilder.h"
#include "support/sandboxfixture.h"
#include "support/testhome.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QGuiApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringListModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 10000;

const QString EuKey = u"demo-eu-track-key"_s;
const QString UsKey = u"demo-us-track-key"_s;

// A keychain that refuses every call the way a locked keyring does once its unlock prompt is dismissed.
class LockedStore : public CredentialStore
{
public:
    void read(const QString &, QObject *context, Callback done) override { answer(context, std::move(done)); }
    void write(const QString &, const QString &, QObject *context, Callback done) override
    {
        answer(context, std::move(done));
    }
    void remove(const QString &, QObject *context, Callback done) override { answer(context, std::move(done)); }

private:
    void answer(QObject *context, Callback done)
    {
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, done] {
            CredentialResult r;
            r.error = CredentialResult::Error::AccessDenied;
            r.cause = CredentialResult::Cause::Locked;
            r.message = u"Cannot create an item in a locked collection"_s;
            if (guard)
                done(r);
        });
    }
};
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnSandboxWithoutWorkspace();
    void sandboxStartsAfterTheFirstPaint();
    void euWorkspaceShowsEuropeanUnion();
    void eventViaUsHostIsRedirectedToEu();
    void invalidJsonDisablesSend_data();
    void invalidJsonDisablesSend();
    void badCredentialsShowUnknown();
    void addWorkspaceStoresKeyAndLeavesSandbox();
    void addWorkspaceOnTheSandboxPractises();
    void addWorkspaceValidatesFields();
    void keychainUnavailableAddsNothing();
    void removeWorkspaceDeletesKeyThenMetadata();
    void invalidEndpointFileShowsError();
    void interactiveWidgetsAreNamed();
    void sendViaNamesTheHostAndWarns();
    void composerControlsKeepTheirPlace();
    void emptyFieldsAreReportedOnlyOnceEditedOrSent();
    void sendIsDisabledWhileTheCallIsInFlight();
    void logColumnsFitTheirContent();
    void addWorkspaceWithAppKeySaysKeys();
    // Request log (issue 7).
    void logSurvivesWindowRestart();
    void logFiltersShowOnlyMatchingRows();
    void exportWritesHarOfMatchingAndSelectedCalls();
    void copyAsCurlReferencesTheKey();
    void clearLogAsksFirst();
    void unusableLogDatabaseIsSaidAndCallsStillShow();
    // Sandbox faults (issue 3).
    void sandboxFaultReachesTheLog();
    void composerSendsEveryCall();
    void composerSendsAPipelinesCall();
    void composerTimestampShowsTheValueSent();
    void composerBurstHonoursRetryAfter();
    void templatesPerWorkspaceAndLastCallRestored();
    void panelShowsHostsRouteAndDocs();
    void panelUnknownNamesTheFailedRequest_data();
    void panelUnknownNamesTheFailedRequest();
    void panelDiagnosesEachMismatch();
    // A failed re-check (review).
    void failedRecheckLeavesRegionNotVerified();
    // Window state and About (issue 8).
    void windowStateIsRestored();
    void aboutNamesVersionsBackendAndPaths();
    // Workspaces and credentials: check before storing, session only, edit and rotate.
    void addWorkspaceChecksTheCredentialsFirst();
    void keychainUnavailableOffersSessionOnly();
    void lockedKeychainOffersSessionOnly();
    void editWorkspaceRenamesAndMovesItsKeys();
    void editWorkspaceRotatesKeysAndRelearnsTheRegion();

private:
    std::unique_ptr<MainWindow> makeWindow(bool startOnSandbox = false);
    // The options every test window starts from: this run's settings file, log and configured endpoints,
    // and the given credential store (the in-memory one when null).
    MainWindow::Options windowOptions(CredentialStore *store = nullptr) const;
    // The text of the window's label named labelName ("" once the test has failed when there is none).
    QString text(const QString &labelName) const
    {
        const QLabel *label = CIO_CHILD_OR_FAIL(QLabel, m_window.get(), labelName);
        return label ? label->text() : QString();
    }
    // A label's text as read, without its markup.
    static QString plainText(const QLabel *label)
    {
        QTextDocument document;
        document.setHtml(label->text());
        return document.toPlainText();
    }
    bool select(const QString &workspace);
    QStringList listedWorkspaces() const;
    RequestLogModel *logModel() const;
    void compose(const QString &callType, const QString &identifier, const QString &name, const QString &json,
                 const QString &via);
    QString settingsText() const;
    int countCalls(CallKind kind) const;
    // The finished call of that kind and workspace in the log, newest first; waits up to Timeout.
    std::optional<RequestRecord> waitForCall(CallKind kind, const QString &workspace);
    void seedLog(const QList<RequestRecord> &records);
    static RequestRecord seedRecord(const QString &workspace, CallKind call, int status, Region handledBy);
    QAbstractItemModel *logView() const;
    void sendEvent(const QString &workspace, const QString &via);
    // Saves the composer as <name>.png in $CIO_UI_SCREENSHOTS, when set (to look at its states).
    void shootComposer(const QString &name);
    void shootPanel(const QString &name);
    // The same for the workspace dialog, as workspace-dialog-<state>.png.
    void shootDialog(QDialog *dialog, const QString &state);
    QDialog *workspaceDialog() const;
    // Configured workspaces in the settings, with their keys in m_keychain.
    void seedWorkspace(const Workspace &workspace, const QString &trackKey, const QString &appKey = {});
    QPoint posInWindow(const QWidget *widget) const { return widget->mapTo(m_window.get(), QPoint(0, 0)); }

    QTemporaryDir m_dir;
    std::unique_ptr<TestHome> m_home; // this test's settings file and request log
    QString m_settingsPath;
    QString m_logPath;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    SandboxFixture m_configured; // what "configured" workspaces talk to: nothing leaves the machine
    std::unique_ptr<MainWindow> m_window;
    int m_run = 0;
};

void TestMainWindow::initTestCase()
{
    // No keychain is reachable from this process: KeychainCredentialStore must answer "unavailable".
    isolateWindowTest(m_dir, u"tst_mainwindow"_s);
    QVERIFY(m_dir.isValid());

    // Configured workspaces use the endpoint table of a second sandbox, so nothing leaves the machine.
    QString error;
    QVERIFY2(m_configured.start(&error), qPrintable(error));
}

void TestMainWindow::init()
{
    ++m_run;
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    m_settingsPath = m_home->settingsPath();
    m_logPath = m_home->logPath();
    m_keychain = std::make_unique<MemoryCredentialStore>();
}

void TestMainWindow::cleanup()
{
    if (m_window) {
        // No secret may reach the settings file or the log, whatever the test did.
        const QString settings = settingsText();
        QVERIFY(!settings.contains(EuKey));
        QVERIFY(!settings.contains(UsKey));
        RequestLogModel *log = logModel();
        for (int row = 0; row < log->rowCount(); ++row) {
            const QByteArray json = QJsonDocument(log->recordAt(row).toJson()).toJson();
            QVERIFY(!json.contains(EuKey.toUtf8()));
            QVERIFY(!json.contains(UsKey.toUtf8()));
        }
    }
    m_window.reset();
    m_keychain.reset();
    m_home.reset();
}

MainWindow::Options TestMainWindow::windowOptions(CredentialStore *store) const
{
    MainWindow::Options options;
    options.settingsPath = m_settingsPath;
    options.logPath = m_logPath;
    options.credentialStore = store ? store : m_keychain.get();
    options.endpoints = m_configured.endpoints;
    return options;
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow(bool startOnSandbox)
{
    MainWindow::Options options = windowOptions();
    options.startOnSandbox = startOnSandbox;
    auto window = std::make_unique<MainWindow>(options);
    window->show();
    return window;
}

bool TestMainWindow::select(const QString &workspace)
{
    auto *list = CIO_CHILD_OR_FAIL(QListWidget, m_window.get(), u"workspaceList"_s);
    if (!list)
        return false;
    const QList<QListWidgetItem *> items = list->findItems(workspace, Qt::MatchExactly);
    if (items.size() != 1)
        return false;
    list->setCurrentItem(items.first());
    return true;
}

QStringList TestMainWindow::listedWorkspaces() const
{
    QStringList names;
    const auto *list = CIO_CHILD_OR_FAIL(QListWidget, m_window.get(), u"workspaceList"_s);
    for (int row = 0; list && row < list->count(); ++row)
        names << list->item(row)->text();
    return names;
}

RequestLogModel *TestMainWindow::logModel() const
{
    return m_window->requestLog();
}

void TestMainWindow::compose(const QString &callType, const QString &identifier, const QString &name,
                             const QString &json, const QString &via)
{
    CIO_CHILD(QComboBox, kind, m_window.get(), u"callTypeCombo"_s);
    kind->setCurrentIndex(kind->findText(callType));
    QVERIFY(kind->currentText() == callType);
    CIO_CHILD(QLineEdit, identifierEdit, m_window.get(), u"identifierEdit"_s);
    identifierEdit->clear();
    QTest::keyClicks(identifierEdit, identifier);
    CIO_CHILD(QLineEdit, nameEdit, m_window.get(), u"eventNameEdit"_s);
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    CIO_CHILD(QPlainTextEdit, jsonEdit, m_window.get(), u"jsonEdit"_s);
    jsonEdit->setPlainText(json);
    CIO_CHILD(QComboBox, viaCombo, m_window.get(), u"sendViaCombo"_s);
    viaCombo->setCurrentIndex(viaCombo->findText(via));
    QCOMPARE(viaCombo->currentText(), via);
}

int TestMainWindow::countCalls(CallKind kind) const
{
    RequestLogModel *log = logModel();
    int count = 0;
    for (int row = 0; row < log->rowCount(); ++row)
        count += log->recordAt(row).call == kind ? 1 : 0;
    return count;
}

QString TestMainWindow::settingsText() const
{
    QFile file(m_settingsPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestMainWindow::opensOnSandboxWithoutWorkspace()
{
    m_window = makeWindow();
    QVERIFY(m_window->isOnSandbox());
    QVERIFY(m_window->sandbox() && m_window->sandbox()->isListening());

    CIO_CHILD(QFrame, banner, m_window.get(), u"sandboxBanner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(text(u"sandboxBannerText"_s),
             u"Sandbox: two demo accounts (US and EU) on this machine; nothing is sent to Customer.io."_s);
    CIO_CHILD(QPushButton, bannerAdd, m_window.get(), u"bannerAddWorkspaceButton"_s);
    QVERIFY(bannerAdd->isVisible());
    QCOMPARE(bannerAdd->text().remove(u'&'), u"Add workspace"_s); // with its Alt+letter
    QVERIFY(!bannerAdd->accessibleName().isEmpty());

    CIO_CHILD(QAction, add, m_window.get(), u"addWorkspaceAction"_s);
    QCOMPARE(add->text(), u"Add workspace"_s);
    QVERIFY(add->isEnabled());
    CIO_CHILD(QAction, sandbox, m_window.get(), u"sandboxAction"_s);
    QVERIFY(sandbox->isCheckable());
    QVERIFY(sandbox->isChecked());
    QCOMPARE(sandbox->text(), u"Leave sandbox"_s);
    QCOMPARE(listedWorkspaces(), (QStringList {u"Demo US"_s, u"Demo EU"_s}));
    for (const Workspace &w : m_window->workspaces())
        QVERIFY(w.sessionOnly);

    // Leaving shows the empty state, which offers both ways in.
    sandbox->trigger();
    QVERIFY(!m_window->isOnSandbox());
    QVERIFY(listedWorkspaces().isEmpty());
    QCOMPARE(sandbox->text(), u"Try the sandbox"_s);
    CIO_CHILD(QFrame, emptyBanner, m_window.get(), u"emptyBanner"_s);
    QVERIFY(emptyBanner->isVisible());
    QVERIFY(!banner->isVisible());
    CIO_CHILD(QPushButton, emptyAddWorkspaceButton, m_window.get(), u"emptyAddWorkspaceButton"_s);
    QCOMPARE(emptyAddWorkspaceButton->text().remove(u'&'), u"Add workspace"_s);
    CIO_CHILD(QPushButton, trySandbox, m_window.get(), u"emptyTrySandboxButton"_s);
    QCOMPARE(trySandbox->text().remove(u'&'), u"Try the sandbox"_s);
    QCOMPARE(text(u"regionValue"_s), u"No workspace selected"_s);

    QTest::mouseClick(trySandbox, Qt::LeftButton);
    QVERIFY(m_window->isOnSandbox());
    QVERIFY(sandbox->isChecked());
    QCOMPARE(listedWorkspaces().size(), 2);
    // The sandbox keys never reach settings: nothing was saved at all.
    QVERIFY(QSettings(m_settingsPath, QSettings::IniFormat).value(u"workspaces/size"_s, 0).toInt() == 0);
}

void TestMainWindow::sandboxStartsAfterTheFirstPaint()
{
    MainWindow::Options options = windowOptions();
    options.startSandboxAfterFirstPaint = true;
    m_window = std::make_unique<MainWindow>(options);
    // Not started yet: the window paints first.
    QVERIFY(!m_window->sandbox());
    QVERIFY(!m_window->isOnSandbox());
    m_window->show();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isOnSandbox(), Timeout);
    QVERIFY(m_window->sandbox()->isListening());
    QCOMPARE(listedWorkspaces(), (QStringList {u"Demo US"_s, u"Demo EU"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"United States (us)"_s, Timeout);
}

void TestMainWindow::euWorkspaceShowsEuropeanUnion()
{
    m_window = makeWindow();
    QVERIFY(select(u"Demo EU"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    QCOMPARE(text(u"workspaceIdValue"_s), u"201"_s);
    QCOMPARE(text(u"dataCenterValue"_s), u"EU"_s);
    SandboxServer *sandbox = m_window->sandbox();
    // Each sandbox host with the Customer.io host it stands for.
    QCOMPARE(text(u"trackHostValue"_s),
             u"track-eu.customer.io · sandbox "_s
                 + EndpointTable::hostLabel(sandbox->baseUrl(SandboxServer::Host::TrackEu)));
    QCOMPARE(text(u"appHostValue"_s),
             u"api-eu.customer.io · sandbox "_s
                 + EndpointTable::hostLabel(sandbox->baseUrl(SandboxServer::Host::ApiEu)));
    QVERIFY2(text(u"regionState"_s).contains(u"Verified"_s), qPrintable(text(u"regionState"_s)));
    QVERIFY(text(u"routeValue"_s).contains(EndpointTable::hostLabel(sandbox->baseUrl(SandboxServer::Host::TrackEu))));

    // The badge in the list follows the detection; the demo workspace is never saved.
    CIO_CHILD(QListWidget, list, m_window.get(), u"workspaceList"_s);
    QCOMPARE(Region(list->currentItem()->data(WorkspaceRoles::RegionRole).toInt()), Region::Eu);
    QCOMPARE(m_window->currentWorkspace()->environmentId, qint64(201));
    QVERIFY(!settingsText().contains(u"Demo EU"_s));

    // The region call is in the log, once its row is final (committed after the panel has shown the answer).
    const std::optional<RequestRecord> region = waitForCall(CallKind::Region, u"Demo EU"_s);
    QVERIFY(region);
    QCOMPARE(region->status, 200);
}

void TestMainWindow::eventViaUsHostIsRedirectedToEu()
{
    m_window = makeWindow();
    QVERIFY(select(u"Demo EU"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);

    compose(u"Customer event"_s, u"ada@example.com"_s, u"purchased"_s, u"{\"plan\": \"pro\"}"_s, u"US host"_s);
    CIO_CHILD(QPushButton, send, m_window.get(), u"sendButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), Timeout);
    QTest::mouseClick(send, Qt::LeftButton);

    RequestLogModel *log = logModel();
    const auto findEvent = [log]() -> int {
        for (int row = 0; row < log->rowCount(); ++row) {
            const RequestRecord r = log->recordAt(row);
            if (r.call == CallKind::Event && r.outcome != RequestRecord::Outcome::Pending)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(findEvent() >= 0, Timeout);
    const int row = findEvent();
    const RequestRecord record = log->recordAt(row);
    SandboxServer *sandbox = m_window->sandbox();
    const QString euHost = EndpointTable::hostLabel(sandbox->baseUrl(SandboxServer::Host::TrackEu));
    QCOMPARE(record.status, 200);
    QCOMPARE(record.hops.size(), 2);
    QCOMPARE(record.hops.at(0).url.port(), int(sandbox->port(SandboxServer::Host::TrackUs)));
    QCOMPARE(record.hops.at(0).status, 301);
    QCOMPARE(record.hops.at(1).url.port(), int(sandbox->port(SandboxServer::Host::TrackEu)));
    QCOMPARE(log->index(row, RequestLogModel::HandledBy).data().toString(), u"EU · "_s + euHost);
    QCOMPARE(log->index(row, RequestLogModel::Hops).data().toString(), u"2 ⚠"_s);
    QVERIFY(log->index(row, 0).data(RequestLogModel::WarningRole).toBool());
    QVERIFY(log->index(row, 0).data(Qt::ToolTipRole).toString().contains(u"US servers"_s));

    // Newest first: the event, sent last, is the view's first row and the selected one.
    CIO_CHILD(QTableView, view, m_window.get(), u"requestLogView"_s);
    QCOMPARE(view->model()->index(0, RequestLogModel::Call).data().toString(), u"event"_s);
    QCOMPARE(view->currentIndex().row(), 0);

    // The new row is selected and the detail pane shows it, with the key masked.
    CIO_CHILD(QTextEdit, requestDetail, m_window.get(), u"requestDetail"_s);
    const QString detail = requestDetail->toPlainText();
    QVERIFY2(detail.contains(u"US transit"_s), qPrintable(detail));
    QVERIFY(detail.contains(u"passed through US servers"_s));
    QVERIFY(detail.contains(u"2 hops"_s));
    QVERIFY(detail.contains(u"→ 301"_s));
    QVERIFY(detail.contains(u"Authorization: Basic demo-eu-site:•••"_s));
    QVERIFY(detail.contains(u"\"plan\": \"pro\""_s));
    QVERIFY(!detail.contains(EuKey));
    QVERIFY(!detail.contains(QString::fromLatin1((u"demo-eu-site:"_s + EuKey).toUtf8().toBase64())));

    // In a narrow window the path is elided, and its tooltip has it whole (then the warning).
    m_window->resize(m_window->minimumSizeHint().width(), m_window->height());
    QCoreApplication::processEvents();
    const QModelIndex path = view->model()->index(0, RequestLogModel::Path);
    const QRect cell = view->visualRect(path);
    QVERIFY(view->fontMetrics().horizontalAdvance(record.path) > cell.width());
    QHelpEvent help(QEvent::ToolTip, cell.center(), view->viewport()->mapToGlobal(cell.center()));
    QCoreApplication::sendEvent(view->viewport(), &help);
    QTRY_VERIFY2(QToolTip::text().startsWith(record.path + u"\n\n"_s), qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(u"US servers"_s));
    QToolTip::hideText();
}

void TestMainWindow::invalidJsonDisablesSend_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("position");
    QTest::newRow("missing value") << u"{\"plan\": }"_s << u"line 1, column"_s;
    QTest::newRow("third line") << u"{\n  \"plan\": \"pro\",\n  oops\n}"_s << u"line 3, column"_s;
}

void TestMainWindow::invalidJsonDisablesSend()
{
    QFETCH(QString, json);
    QFETCH(QString, position);
    m_window = makeWindow();
    QVERIFY(select(u"Demo EU"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    compose(u"Customer event"_s, u"ada@example.com"_s, u"purchased"_s, u"{}"_s, u"EU host"_s);
    CIO_CHILD(QPushButton, send, m_window.get(), u"sendButton"_s);
    QVERIFY(send->isEnabled());

    const int rowsBefore = logModel()->rowCount();
    CIO_CHILD(QPlainTextEdit, jsonEdit, m_window.get(), u"jsonEdit"_s);
    jsonEdit->setPlainText(json);
    QVERIFY(!send->isEnabled());
    CIO_CHILD(QLabel, problems, m_window.get(), u"composerProblems"_s);
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().startsWith(u"Event data: invalid JSON at "_s + position), qPrintable(problems->text()));
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(!m_window->session()->isSending()); // a call is sending from the moment it is sent
    QCOMPARE(logModel()->rowCount(), rowsBefore);

    // Fixing the JSON enables Send again.
    CIO_CHILD(QPlainTextEdit, jsonEdit2, m_window.get(), u"jsonEdit"_s);
    jsonEdit2->setPlainText(u"{\"plan\": \"pro\"}"_s);
    QVERIFY(send->isEnabled());
    QVERIFY(!problems->isVisible());
}

void TestMainWindow::badCredentialsShowUnknown()
{
    m_window = makeWindow();
    Workspace wrong;
    wrong.name = u"Wrong key"_s;
    wrong.siteId = u"demo-eu-site"_s;
    m_window->addSessionWorkspace(wrong, u"not-the-key"_s);
    QVERIFY(select(u"Wrong key"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"Unknown"_s, Timeout);
    // Checking… first, then a named failure; wait for the reason.
    QTRY_VERIFY_WITH_TIMEOUT(text(u"regionState"_s).contains(u"401"_s), Timeout);
    QVERIFY(text(u"regionState"_s).contains(u"rejected"_s));
    QCOMPARE(text(u"workspaceIdValue"_s), u"—"_s);
    QCOMPARE(text(u"trackHostValue"_s), u"—"_s);
    QCOMPARE(text(u"dataCenterValue"_s), u"unknown"_s);
    CIO_CHILD(QWidget, dataPrivacyPanel, m_window.get(), u"dataPrivacyPanel"_s);
    for (const QLabel *label : dataPrivacyPanel->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(u"United States"_s), qPrintable(label->text()));
    QCOMPARE(m_window->currentWorkspace()->region, Region::Unknown);
    // The check failed: "Workspace route" names no host, and Send waits for an explicit one.
    QCOMPARE(text(u"sendViaTarget"_s), u"→ no host chosen"_s);
    QVERIFY2(text(u"sendViaWarning"_s).startsWith(u"⚠ Region not verified"_s), qPrintable(text(u"sendViaWarning"_s)));
    QVERIFY(text(u"sendViaWarning"_s).contains(u"Pick US host or EU host"_s));
    compose(u"Identify person"_s, u"ada@example.com"_s, {}, u"{}"_s, u"Workspace route"_s);
    CIO_CHILD(QPushButton, send, m_window.get(), u"sendButton"_s);
    QVERIFY(!send->isEnabled());
    CIO_CHILD(QComboBox, via, m_window.get(), u"sendViaCombo"_s);
    via->setCurrentIndex(via->findText(u"US host"_s));
    const QString usHost = EndpointTable::hostLabel(m_window->sandbox()->baseUrl(SandboxServer::Host::TrackUs));
    QCOMPARE(text(u"sendViaTarget"_s), u"→ US host: "_s + usHost);
    QVERIFY(send->isEnabled());
    CIO_CHILD(QListWidget, list, m_window.get(), u"workspaceList"_s);
    QCOMPARE(Region(list->currentItem()->data(WorkspaceRoles::RegionRole).toInt()), Region::Unknown);
}

void TestMainWindow::addWorkspaceStoresKeyAndLeavesSandbox()
{
    m_window = makeWindow();
    QVERIFY(m_window->isOnSandbox());
    m_window->leaveSandbox(); // on the sandbox Add practises (addWorkspaceOnTheSandboxPractises)
    CIO_CHILD(QAction, addWorkspaceAction, m_window.get(), u"addWorkspaceAction"_s);
    addWorkspaceAction->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"workspaceDialog"_s)) && dialog->isVisible());
    CIO_CHILD(QPushButton, ok, dialog, u"addWorkspaceOkButton"_s);
    QVERIFY(!ok->isEnabled());

    CIO_CHILD(QLineEdit, nameEdit, dialog, u"nameEdit"_s);
    QTest::keyClicks(nameEdit, u"Production"_s);
    CIO_CHILD(QLineEdit, siteIdEdit, dialog, u"siteIdEdit"_s);
    QTest::keyClicks(siteIdEdit, u"demo-eu-site"_s);
    CIO_CHILD(QLineEdit, keyEdit, dialog, u"trackKeyEdit"_s);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(keyEdit, EuKey);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_VERIFY(m_window->findChild<QDialog *>(u"workspaceDialog"_s) == nullptr);
    QCOMPARE(listedWorkspaces(), QStringList {u"Production"_s});
    QVERIFY(m_keychain->contains(u"Production/track-api-key"_s));
    QVERIFY(!m_keychain->contains(u"Production/app-api-key"_s));
    QVERIFY(settingsText().contains(u"Production"_s));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Added workspace \"Production\"; its key is in the system keychain."_s);

    // Selected at once, and checked against the configured endpoint table.
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    QCOMPARE(text(u"trackHostValue"_s), m_configured.server.baseUrl(SandboxServer::Host::TrackEu).toString());
    const std::optional<Workspace> saved =
        WorkspaceRepository(std::make_unique<QSettings>(m_settingsPath, QSettings::IniFormat).get())
            .find(u"Production"_s);
    QVERIFY(saved);
    QCOMPARE(saved->region, Region::Eu);
    QCOMPARE(saved->environmentId, qint64(201));
    QVERIFY(saved->verifiedAt.isValid());
}

// On the sandbox, Add practises: the sandbox checks the keys (its demo keys are in the Sandbox menu), the
// workspace joins the sandbox's, and nothing reaches the keychain or the settings (issue 22, item 3).
void TestMainWindow::addWorkspaceOnTheSandboxPractises()
{
    m_window = makeWindow();
    QVERIFY(m_window->isOnSandbox());
    const QString keys = SandboxMenu::accountsText(*m_window->sandbox());
    QVERIFY2(keys.contains(u"demo-eu-site"_s) && keys.contains(EuKey), qPrintable(keys));
    m_window->openAddWorkspaceDialog();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"workspaceDialog"_s)) && dialog->isVisible());
    CIO_CHILD(QLabel, target, dialog, u"checkTargetLabel"_s);
    QVERIFY2(target->text().contains(u"the sandbox"_s), qPrintable(target->text()));
    CIO_CHILD(QLineEdit, nameEdit, dialog, u"nameEdit"_s);
    QTest::keyClicks(nameEdit, u"Practice"_s);
    CIO_CHILD(QLineEdit, siteIdEdit, dialog, u"siteIdEdit"_s);
    QTest::keyClicks(siteIdEdit, u"demo-eu-site"_s);
    CIO_CHILD(QLineEdit, keyEdit, dialog, u"trackKeyEdit"_s);
    QTest::keyClicks(keyEdit, EuKey);
    CIO_CHILD(QPushButton, ok, dialog, u"addWorkspaceOkButton"_s);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(listedWorkspaces().contains(u"Practice"_s), Timeout);
    QVERIFY(m_window->isOnSandbox());
    QCOMPARE(m_window->currentWorkspace()->name, u"Practice"_s);
    QCOMPARE(m_window->currentWorkspace()->region, Region::Eu);
    QVERIFY(!m_keychain->contains(u"Practice/track-api-key"_s));
    QVERIFY(!settingsText().contains(u"Practice"_s));

    // Off the sandbox the dialog says the keys go to Customer.io.
    m_window->leaveSandbox();
    m_window->openAddWorkspaceDialog();
    QDialog *real = nullptr;
    QTRY_VERIFY((real = m_window->findChild<QDialog *>(u"workspaceDialog"_s)) && real->isVisible());
    CIO_CHILD(QLabel, realTarget, real, u"checkTargetLabel"_s);
    QVERIFY2(!realTarget->text().contains(u"sandbox"_s), qPrintable(realTarget->text()));
    real->reject();
}

void TestMainWindow::addWorkspaceValidatesFields()
{
    m_window = makeWindow();
    m_window->openAddWorkspaceDialog();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"workspaceDialog"_s)) && dialog->isVisible());
    shootDialog(dialog, u"add"_s);
    CIO_CHILD(QPushButton, ok, dialog, u"addWorkspaceOkButton"_s);
    CIO_CHILD(QLineEdit, nameEdit, dialog, u"nameEdit"_s);
    QTest::keyClicks(nameEdit, u"Staging"_s);
    CIO_CHILD(QLineEdit, siteIdEdit, dialog, u"siteIdEdit"_s);
    QTest::keyClicks(siteIdEdit, u"site:id"_s);
    CIO_CHILD(QLineEdit, trackKeyEdit, dialog, u"trackKeyEdit"_s);
    QTest::keyClicks(trackKeyEdit, u"a key"_s);
    CIO_CHILD(QLabel, siteError, dialog, u"siteIdError"_s);
    CIO_CHILD(QLabel, keyError, dialog, u"trackKeyError"_s);
    QVERIFY(siteError->isVisible());
    QVERIFY2(siteError->text().startsWith(u"Site ID:"_s), qPrintable(siteError->text()));
    QVERIFY(keyError->isVisible());
    QVERIFY2(keyError->text().startsWith(u"Track API key:"_s), qPrintable(keyError->text()));
    CIO_CHILD(QLabel, nameError, dialog, u"nameError"_s);
    QVERIFY(!nameError->isVisible());
    QVERIFY(!ok->isEnabled());
    CIO_CHILD(QLineEdit, accountEdit, dialog, u"accountEdit"_s);
    QTest::keyClicks(accountEdit, u"Acme "_s);
    CIO_CHILD(QLabel, accountError, dialog, u"accountError"_s);
    QVERIFY(accountError->isVisible());
    QCOMPARE(accountError->text(), u"Account: must not start or end with spaces"_s);
    shootDialog(dialog, u"validation"_s);
    QTest::keyClick(accountEdit, Qt::Key_Backspace);
    QVERIFY(!accountError->isVisible());

    CIO_CHILD(QLineEdit, siteEdit, dialog, u"siteIdEdit"_s);
    siteEdit->selectAll();
    QTest::keyClicks(siteEdit, u"siteid"_s);
    CIO_CHILD(QLineEdit, keyEdit, dialog, u"trackKeyEdit"_s);
    keyEdit->selectAll();
    QTest::keyClicks(keyEdit, u"akey-0123"_s);
    QVERIFY(!siteError->isVisible());
    QVERIFY(ok->isEnabled());
    dialog->reject();
    QVERIFY(!m_keychain->contains(u"Staging/track-api-key"_s));
}

void TestMainWindow::keychainUnavailableAddsNothing()
{
    // The real keychain store, with no D-Bus session to talk to (see initTestCase).
    KeychainCredentialStore keychain(u"io.github.regionconsole.RegionConsole.test"_s, 5000);
    m_window = std::make_unique<MainWindow>(windowOptions(&keychain));
    m_window->show();
    m_window->leaveSandbox(); // the keys go to the configured hosts and the keychain
    m_window->openAddWorkspaceDialog();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"workspaceDialog"_s)) && dialog->isVisible());
    CIO_CHILD(QLineEdit, nameEdit, dialog, u"nameEdit"_s);
    QTest::keyClicks(nameEdit, u"Production"_s);
    CIO_CHILD(QLineEdit, siteIdEdit, dialog, u"siteIdEdit"_s);
    QTest::keyClicks(siteIdEdit, u"demo-eu-site"_s);
    CIO_CHILD(QLineEdit, trackKeyEdit, dialog, u"trackKeyEdit"_s);
    QTest::keyClicks(trackKeyEdit, EuKey);
    CIO_CHILD(QPushButton, addWorkspaceOkButton, dialog, u"addWorkspaceOkButton"_s);
    QTest::mouseClick(addWorkspaceOkButton, Qt::LeftButton);

    CIO_CHILD(QLabel, message, dialog, u"storeMessage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(plainText(message).contains(u"not added"_s), Timeout);
    QVERIFY2(plainText(message).contains(u"secure storage unavailable"_s), qPrintable(plainText(message)));
    QVERIFY(dialog->isVisible());
    QVERIFY(!m_window->isOnSandbox());
    QVERIFY(!settingsText().contains(u"Production"_s));
    QVERIFY(!settingsText().contains(EuKey));
    dialog->reject();
    m_window.reset(); // before the store it points to
}

void TestMainWindow::removeWorkspaceDeletesKeyThenMetadata()
{
    {
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        Workspace w;
        w.name = u"Production"_s;
        w.siteId = u"demo-us-site"_s;
        WorkspaceRepository(&settings).save(w);
    }
    bool written = false;
    m_keychain->write(u"Production/track-api-key"_s, UsKey, this,
                      [&written](const CredentialResult &) { written = true; });
    QTRY_VERIFY(written);

    m_window = makeWindow();
    QVERIFY(!m_window->isOnSandbox());
    QCOMPARE(listedWorkspaces(), QStringList {u"Production"_s});
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"United States (us)"_s, Timeout);
    QCOMPARE(text(u"workspaceIdValue"_s), u"101"_s);

    CIO_CHILD(QAction, removeWorkspaceAction, m_window.get(), u"removeWorkspaceAction"_s);
    removeWorkspaceAction->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"removeWorkspaceConfirm"_s)) && box->isVisible());
    CIO_CHILD(QPushButton, confirmRemoveButton, box, u"confirmRemoveButton"_s);
    QTest::mouseClick(confirmRemoveButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(listedWorkspaces().isEmpty(), Timeout);
    QVERIFY(!m_keychain->contains(u"Production/track-api-key"_s));
    QVERIFY(!settingsText().contains(u"Production"_s));
    CIO_CHILD(QFrame, emptyBanner, m_window.get(), u"emptyBanner"_s);
    QVERIFY(emptyBanner->isVisible());
}

void TestMainWindow::invalidEndpointFileShowsError()
{
    const QString path = m_dir.filePath(u"endpoints.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"us": {"track": "http://example.com"}})");
    file.close();
    qputenv("CIO_CONSOLE_ENDPOINTS", path.toLocal8Bit());
    MainWindow::Options options;
    options.settingsPath = m_settingsPath;
    options.logPath = m_logPath;
    options.credentialStore = m_keychain.get();
    m_window = std::make_unique<MainWindow>(options);
    qunsetenv("CIO_CONSOLE_ENDPOINTS");
    m_window->show();
    CIO_CHILD(QFrame, errorBanner, m_window.get(), u"errorBanner"_s);
    QVERIFY(errorBanner->isVisible());
    QVERIFY(text(u"errorBannerText"_s).contains(u"CIO_CONSOLE_ENDPOINTS"_s));
    // The sandbox still works.
    QVERIFY(m_window->isOnSandbox());
    QVERIFY(select(u"Demo US"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"United States (us)"_s, Timeout);
}

void TestMainWindow::interactiveWidgetsAreNamed()
{
    m_window = makeWindow();
    m_window->openAddWorkspaceDialog();
    QTRY_VERIFY(m_window->findChild<QDialog *>(u"workspaceDialog"_s));
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *widget : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
            || qobject_cast<QTextEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget);
        if (!interactive || qobject_cast<QHeaderView *>(widget))
            continue;
        // Qt's own parts of composite widgets (toolbar extension, line edit clear button, combo popup).
        if (widget->objectName().startsWith(u"qt_"_s) || qobject_cast<QComboBox *>(widget->parentWidget())
            || qobject_cast<QLineEdit *>(widget->parentWidget()) || widget->inherits("QComboBoxPrivateContainer")
            || widget->inherits("QTableCornerButton")
            || (widget->parentWidget() && widget->parentWidget()->inherits("QComboBoxPrivateContainer")))
            continue;
        ++checked;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(checked >= 20);
}

void TestMainWindow::sendViaNamesTheHostAndWarns()
{
    m_window = makeWindow();
    SandboxServer *sandbox = m_window->sandbox();
    const QString usHost = EndpointTable::hostLabel(sandbox->baseUrl(SandboxServer::Host::TrackUs));
    const QString euHost = EndpointTable::hostLabel(sandbox->baseUrl(SandboxServer::Host::TrackEu));
    QVERIFY(select(u"Demo EU"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);

    CIO_CHILD(QComboBox, via, m_window.get(), u"sendViaCombo"_s);
    CIO_CHILD(QLabel, warning, m_window.get(), u"sendViaWarning"_s);
    QCOMPARE(via->currentText(), u"Workspace route"_s);
    QCOMPARE(text(u"sendViaTarget"_s), u"→ EU host: "_s + euHost);
    QVERIFY(!warning->isVisible());

    // EU account via the US host: the composer says so, the panel keeps describing the default route.
    via->setCurrentIndex(via->findText(u"US host"_s));
    QCOMPARE(text(u"sendViaTarget"_s), u"→ US host: "_s + usHost);
    QVERIFY(warning->isVisible());
    QCOMPARE(warning->text(),
             u"⚠ This account is in the EU: a call via the US host is redirected through US servers."_s);
    const QString route = text(u"routeValue"_s);
    QVERIFY2(route.contains(u"by default"_s) && route.contains(euHost) && !route.contains(usHost), qPrintable(route));
    CIO_CHILD(QLabel, routeValue, m_window.get(), u"routeValue"_s);
    QVERIFY(routeValue->toolTip().contains(u"Send via"_s));

    via->setCurrentIndex(via->findText(u"EU host"_s));
    QCOMPARE(text(u"sendViaTarget"_s), u"→ EU host: "_s + euHost);
    QVERIFY(!warning->isVisible());

    // US account via the EU host.
    QVERIFY(select(u"Demo US"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"United States (us)"_s, Timeout);
    // "Send via" was a one-off override: another workspace starts from its own route.
    QCOMPARE(via->currentText(), u"Workspace route"_s);
    via->setCurrentIndex(via->findText(u"EU host"_s));
    QCOMPARE(text(u"sendViaTarget"_s), u"→ EU host: "_s + euHost);
    QCOMPARE(warning->text(), u"⚠ Customer.io rejects a US account's calls on the EU host (401)."_s);
    QVERIFY(warning->isVisible());
    via->setCurrentIndex(via->findText(u"Workspace route"_s));
    QCOMPARE(text(u"sendViaTarget"_s), u"→ US host: "_s + usHost);
    QVERIFY(!warning->isVisible());
}

void TestMainWindow::composerControlsKeepTheirPlace()
{
    m_window = makeWindow();
    m_window->resize(1280, 800); // the offscreen screen is smaller than the window's minimum
    QVERIFY(select(u"Demo EU"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    compose(u"Customer event"_s, u"ada@example.com"_s, u"purchased"_s, u"{}"_s, u"EU host"_s);
    CIO_CHILD(QPushButton, send, m_window.get(), u"sendButton"_s);
    CIO_CHILD(QLabel, problems, m_window.get(), u"composerProblems"_s);
    CIO_CHILD(QPlainTextEdit, json, m_window.get(), u"jsonEdit"_s);
    CIO_CHILD(QComboBox, via, m_window.get(), u"sendViaCombo"_s);
    const auto settle = [] {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    };
    settle();
    QVERIFY(send->isEnabled());
    QVERIFY(!problems->isVisible());
    const QPoint sendAt = posInWindow(send);
    const QPoint jsonAt = posInWindow(json);
    const int problemsHeight = problems->height();

    // One problem, then three (the third is counted, all are in the tooltip), then none.
    json->setPlainText(u"{\"plan\": }"_s);
    settle();
    QVERIFY(problems->isVisible());
    QCOMPARE(posInWindow(send), sendAt);
    CIO_CHILD(QLineEdit, identifier, m_window.get(), u"identifierEdit"_s);
    identifier->selectAll();
    QTest::keyClick(identifier, Qt::Key_Delete);
    CIO_CHILD(QLineEdit, name, m_window.get(), u"eventNameEdit"_s);
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    settle();
    QCOMPARE(problems->toolTip().count(u'\n'), 2);
    QVERIFY2(problems->text().count(u'\n') == 1 && problems->text().endsWith(u"(+1 more)"_s),
             qPrintable(problems->text()));
    QCOMPARE(problems->height(), problemsHeight);
    QCOMPARE(posInWindow(send), sendAt);

    // The wrong-region warning appears and goes: nothing moves either.
    via->setCurrentIndex(via->findText(u"US host"_s));
    settle();
    CIO_CHILD(QLabel, sendViaWarning, m_window.get(), u"sendViaWarning"_s);
    QVERIFY(sendViaWarning->isVisible());
    QCOMPARE(posInWindow(send), sendAt);
    compose(u"Customer event"_s, u"ada@example.com"_s, u"purchased"_s, u"{}"_s, u"EU host"_s);
    settle();
    QVERIFY(!problems->isVisible());
    QVERIFY(send->isEnabled());
    QCOMPARE(posInWindow(send), sendAt);
    QCOMPARE(posInWindow(json), jsonAt);
}

void TestMainWindow::emptyFieldsAreReportedOnlyOnceEditedOrSent()
{
    m_window = makeWindow();
    QVERIFY(select(u"Demo EU"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    CIO_CHILD(QPushButton, send, m_window.get(), u"sendButton"_s);
    CIO_CHILD(QLabel, problems, m_window.get(), u"composerProblems"_s);
    CIO_CHILD(QComboBox, kind, m_window.get(), u"callTypeCombo"_s);

    // Nothing typed yet: Send is disabled, but nothing is reported in red.
    QVERIFY(!send->isEnabled());
    QVERIFY(!problems->isVisible());
    kind->setCurrentIndex(kind->findText(u"Customer event"_s));
    QVERIFY(!send->isEnabled());
    QVERIFY(!problems->isVisible());

    // A field typed in and emptied again is reported; the untouched event name still is not.
    CIO_CHILD(QLineEdit, identifier, m_window.get(), u"identifierEdit"_s);
    QTest::keyClicks(identifier, u"a"_s);
    QVERIFY(!problems->isVisible() || !problems->text().contains(u"Identifier"_s));
    QTest::keyClick(identifier, Qt::Key_Backspace);
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->text(), u"Identifier: must not be empty"_s);

    // Trying to send (a click on the disabled button) reports every empty field and sends nothing.
    const int rows = logModel()->rowCount();
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(problems->text(), u"Identifier: must not be empty\nEvent name: must not be blank"_s);
    QVERIFY(!send->isEnabled());
    QVERIFY(!m_window->session()->isSending());
    QCOMPARE(logModel()->rowCount(), rows);

    // Return in a field is an attempt too.
    m_window = makeWindow();
    QVERIFY(select(u"Demo EU"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    problems = TestSupport::namedChild<QLabel>(m_window.get(), u"composerProblems"_s);
    QVERIFY(problems);
    QVERIFY(!problems->isVisible());
    CIO_CHILD(QLineEdit, identifierEdit, m_window.get(), u"identifierEdit"_s);
    QTest::keyClick(identifierEdit, Qt::Key_Return);
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->text(), u"Identifier: must not be empty\nEvent name: must not be blank"_s);
}

void TestMainWindow::sendIsDisabledWhileTheCallIsInFlight()
{
    m_window = makeWindow();
    QVERIFY(select(u"Demo EU"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    compose(u"Customer event"_s, u"ada@example.com"_s, u"purchased"_s, u"{}"_s, u"EU host"_s);
    CIO_CHILD(QPushButton, send, m_window.get(), u"sendButton"_s);
    QVERIFY(send->isEnabled());
    const int width = send->width();

    // A double click sends once; Send reads "Sending…" until the answer is in.
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(!send->isEnabled());
    QCOMPARE(send->text().remove(u'&'), u"Sending…"_s);
    QCOMPARE(send->width(), width);
    QTest::mouseClick(send, Qt::LeftButton);
    CIO_CHILD(QLabel, composerProblems, m_window.get(), u"composerProblems"_s);
    QVERIFY(!composerProblems->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), Timeout);
    QCOMPARE(send->text().remove(u'&'), u"Send"_s);
    QCOMPARE(countCalls(CallKind::Event), 1);

    // A call that fails frees Send as well.
    Workspace wrong;
    wrong.name = u"Wrong key"_s;
    wrong.siteId = u"demo-eu-site"_s;
    m_window->addSessionWorkspace(wrong, u"not-the-key"_s);
    QVERIFY(select(u"Wrong key"_s));
    QTRY_VERIFY_WITH_TIMEOUT(text(u"regionState"_s).contains(u"401"_s), Timeout);
    // Another workspace, and its region unverified: a host is chosen for this call.
    CIO_CHILD(QComboBox, via, m_window.get(), u"sendViaCombo"_s);
    via->setCurrentIndex(via->findText(u"EU host"_s));
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), Timeout);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(!send->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), Timeout);
    QCOMPARE(countCalls(CallKind::Event), 2);
    RequestLogModel *log = logModel();
    for (int row = 0; row < log->rowCount(); ++row) {
        const RequestRecord r = log->recordAt(row);
        if (r.call == CallKind::Event && r.workspace == u"Wrong key")
            QCOMPARE(r.status, 401);
    }
}

void TestMainWindow::logColumnsFitTheirContent()
{
    m_window = makeWindow();
    m_window->resize(1280, 800);
    CIO_CHILD(QTableView, view, m_window.get(), u"requestLogView"_s);
    QHeaderView *columns = view->horizontalHeader();
    QTRY_VERIFY(view->viewport()->width() > 800);
    QCoreApplication::processEvents();

    QCOMPARE(columns->sectionResizeMode(RequestLogModel::Path), QHeaderView::Stretch);
    QFont boldFont = view->font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    for (const QString &status : {u"timed out"_s, u"sending…"_s, u"network error"_s})
        QVERIFY2(columns->sectionSize(RequestLogModel::Status) >= bold.horizontalAdvance(status) + 6,
                 qPrintable(status));
    const QFontMetrics fm(view->font());
    const QString host = EndpointTable::hostLabel(m_window->sandbox()->baseUrl(SandboxServer::Host::TrackEu));
    QVERIFY(columns->sectionSize(RequestLogModel::SentTo) >= fm.horizontalAdvance(host) + 6);
    QVERIFY(columns->sectionSize(RequestLogModel::Time) >= fm.horizontalAdvance(u"00:00:00.000"_s) + 6);
    // At 1280 pixels every shown column fits without scrolling, and Path gets a useful share.
    QVERIFY2(columns->length() <= view->viewport()->width(),
             qPrintable(u"%1 > %2"_s.arg(columns->length()).arg(view->viewport()->width())));
    QVERIFY2(columns->sectionSize(RequestLogModel::Path) >= fm.horizontalAdvance(u"/api/v1/customers/ada%40example"_s),
             qPrintable(QString::number(columns->sectionSize(RequestLogModel::Path))));
    // The method and body sizes are a right-click away.
    QVERIFY(columns->isSectionHidden(RequestLogModel::Method));
    CIO_CHILD(QAction, showMethod, columns, u"logColumnAction%1"_s.arg(int(RequestLogModel::Method)));
    QVERIFY(showMethod && !showMethod->isChecked());
    showMethod->trigger();
    QVERIFY(!columns->isSectionHidden(RequestLogModel::Method));

    // Sorting by a column makes room for its sort indicator.
    columns->setSortIndicator(RequestLogModel::Duration, Qt::AscendingOrder);
    QVERIFY(columns->sectionSize(RequestLogModel::Duration) >= columns->sectionSizeHint(RequestLogModel::Duration));
}

void TestMainWindow::addWorkspaceWithAppKeySaysKeys()
{
    m_window = makeWindow();
    m_window->leaveSandbox(); // the keys go to the configured hosts and the keychain
    m_window->openAddWorkspaceDialog();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"workspaceDialog"_s)) && dialog->isVisible());
    CIO_CHILD(QLineEdit, nameEdit, dialog, u"nameEdit"_s);
    QTest::keyClicks(nameEdit, u"Production"_s);
    CIO_CHILD(QLineEdit, siteIdEdit, dialog, u"siteIdEdit"_s);
    QTest::keyClicks(siteIdEdit, u"demo-eu-site"_s);
    CIO_CHILD(QLineEdit, trackKeyEdit, dialog, u"trackKeyEdit"_s);
    QTest::keyClicks(trackKeyEdit, EuKey);
    CIO_CHILD(QLineEdit, appKeyEdit, dialog, u"appKeyEdit"_s);
    QTest::keyClicks(appKeyEdit, u"demo-eu-app-key"_s);
    CIO_CHILD(QPushButton, addWorkspaceOkButton, dialog, u"addWorkspaceOkButton"_s);
    QTest::mouseClick(addWorkspaceOkButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_keychain->contains(u"Production/track-api-key"_s), Timeout);
    QVERIFY(m_keychain->contains(u"Production/app-api-key"_s));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Added workspace \"Production\"; its keys are in the system keychain."_s);
    QVERIFY(!settingsText().contains(u"demo-eu-app-key"_s));
}

// --- request log -------------------------------------------------------------------------------------------

std::optional<RequestRecord> TestMainWindow::waitForCall(CallKind kind, const QString &workspace)
{
    std::optional<RequestRecord> found;
    const auto look = [&] {
        RequestLogModel *log = logModel();
        for (int row = 0; row < log->rowCount(); ++row) {
            const QModelIndex index = log->index(row, 0);
            if (index.data(RequestLogModel::PendingRole).toBool())
                continue;
            const auto r = index.data(RequestLogModel::RecordRole).value<RequestRecord>();
            if (r.call == kind && r.workspace == workspace) {
                found = log->recordAt(row);
                return true;
            }
        }
        return false;
    };
    if (!QTest::qWaitFor(look, Timeout))
        return std::nullopt;
    return found;
}

RequestRecord TestMainWindow::seedRecord(const QString &workspace, CallKind call, int status, Region handledBy)
{
    RecordBuilder b;
    b.workspace(workspace)
        .siteId(u"seed-site"_s)
        .call(call)
        .route(handledBy)
        .status(status)
        .responseBody({})
        .startedAt(QDateTime::currentDateTimeUtc().addSecs(-3600));
    if (call == CallKind::Region)
        b.method(u"GET"_s).requestBody({});
    else
        b.method(u"POST"_s).path(u"/api/v1/customers/seed/events"_s).requestBody("{\"name\":\"seeded\"}");
    return b;
}

void TestMainWindow::seedLog(const QList<RequestRecord> &records)
{
    RequestLogStore store;
    QVERIFY2(store.open(m_logPath), qPrintable(store.errorString()));
    QCOMPARE(store.appendBatch(records).size(), records.size());
}

QAbstractItemModel *TestMainWindow::logView() const
{
    static QStringListModel none; // what the test sees of a missing view, once it has failed
    const auto *view = CIO_CHILD_OR_FAIL(QTableView, m_window.get(), u"requestLogView"_s);
    return view ? view->model() : &none;
}

void TestMainWindow::sendEvent(const QString &workspace, const QString &via)
{
    QVERIFY(select(workspace));
    QTRY_VERIFY_WITH_TIMEOUT(text(u"regionState"_s).contains(u"Verified"_s), Timeout);
    compose(u"Customer event"_s, u"ada@example.com"_s, u"purchased"_s, u"{\"plan\": \"pro\"}"_s, via);
    CIO_CHILD(QPushButton, send, m_window.get(), u"sendButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), Timeout);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), Timeout); // the call ended
}

void TestMainWindow::logSurvivesWindowRestart()
{
    m_window = makeWindow();
    QVERIFY(m_window->requestLogStore()->isOpen());
    QCOMPARE(m_window->requestLogStore()->path(), m_logPath);
    // When the window says a call ended (Send available again, callFinished()), its row is committed:
    // another connection, as another process would, finds it at that very moment.
    RequestLogStore reader;
    QVERIFY(reader.open(m_logPath));
    QList<std::optional<RequestRecord>> onDisk;
    QObject listening; // ends the connection with this scope
    connect(m_window.get(), &MainWindow::callFinished, &listening, [&](const RequestRecord &record) {
        if (record.call == CallKind::Event)
            onDisk << reader.record(record.id);
    });
    sendEvent(u"Demo EU"_s, u"US host"_s);
    QCOMPARE(onDisk.size(), 1);
    QVERIFY(onDisk.first().has_value());
    QCOMPARE(onDisk.first()->status, 200);
    const std::optional<RequestRecord> sent = waitForCall(CallKind::Event, u"Demo EU"_s);
    QVERIFY(sent);
    QCOMPARE(sent->status, 200);
    QCOMPARE(sent->hops.size(), 2);
    // Shown only once stored, under the store's id.
    QCOMPARE(m_window->requestLogStore()->record(sent->id)->path, sent->path);
    QCOMPARE(onDisk.first()->id, sent->id);
    reader.close();

    // A new window on the same database lists it, whole, with the same id.
    m_window.reset();
    m_window = makeWindow();
    const std::optional<RequestRecord> again = waitForCall(CallKind::Event, u"Demo EU"_s);
    QVERIFY(again);
    QCOMPARE(again->id, sent->id);
    QCOMPARE(again->status, 200);
    QCOMPARE(again->hops.size(), 2);
    QCOMPARE(again->requestBody, sent->requestBody);
    QCOMPARE(again->authorization, u"Basic demo-eu-site:•••"_s);

    // A call another process (the CLI) stores shows up on the next poll.
    seedLog({seedRecord(u"From the CLI"_s, CallKind::Identify, 200, Region::Us)});
    QVERIFY(waitForCall(CallKind::Identify, u"From the CLI"_s));
}

void TestMainWindow::logFiltersShowOnlyMatchingRows()
{
    seedLog({seedRecord(u"Seed A"_s, CallKind::Event, 200, Region::Eu),
             seedRecord(u"Seed B"_s, CallKind::Event, 401, Region::Us),
             seedRecord(u"Seed C"_s, CallKind::Identify, 0, Region::Unknown),
             seedRecord(u"Seed D"_s, CallKind::Identify, 503, Region::Eu)});
    m_window = makeWindow();
    QAbstractItemModel *view = logView();
    QTRY_VERIFY(view->rowCount() >= 4);
    const auto rowsWith = [view](int role) {
        QStringList values;
        for (int row = 0; row < view->rowCount(); ++row)
            values << view->index(row, 0).data(role).toString();
        return values;
    };
    const auto choose = [this](const QString &combo, const QVariant &data) {
        CIO_CHILD(QComboBox, box, m_window.get(), combo);
        const int index = box->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        box->setCurrentIndex(index);
    };

    choose(u"logStatusFilter"_s, u"4xx"_s);
    QCOMPARE(rowsWith(RequestLogModel::StatusClassRole), QStringList {u"4xx"_s});
    QCOMPARE(view->index(0, RequestLogModel::Workspace).data().toString(), u"Seed B"_s);
    choose(u"logStatusFilter"_s, u"network"_s);
    QCOMPARE(rowsWith(RequestLogModel::StatusClassRole), QStringList {u"network"_s});
    choose(u"logStatusFilter"_s, QString());

    // By the region that handled the call: the EU rows only.
    choose(u"logRegionFilter"_s, int(Region::Eu));
    QCOMPARE(rowsWith(RequestLogModel::RegionRole), (QStringList {u"eu"_s, u"eu"_s}));
    // Live calls keep arriving under the filter: an EU event shows, the US region check does not.
    sendEvent(u"Demo EU"_s, u"EU host"_s);
    QTRY_COMPARE_WITH_TIMEOUT(view->rowCount(), 3, Timeout);
    QCOMPARE(view->index(0, RequestLogModel::Workspace).data().toString(), u"Demo EU"_s);
    QCOMPARE(rowsWith(RequestLogModel::RegionRole), (QStringList {u"eu"_s, u"eu"_s, u"eu"_s}));

    // Free text, applied once typing pauses, together with the region.
    CIO_CHILD(QLineEdit, logSearchEdit, m_window.get(), u"logSearchEdit"_s);
    QTest::keyClicks(logSearchEdit, u"seed d"_s);
    QTRY_COMPARE(view->rowCount(), 1);
    QCOMPARE(view->index(0, RequestLogModel::Workspace).data().toString(), u"Seed D"_s);
    choose(u"logRegionFilter"_s, int(Region::Us));
    QCOMPARE(view->rowCount(), 0);
}

void TestMainWindow::exportWritesHarOfMatchingAndSelectedCalls()
{
    seedLog({seedRecord(u"Seed A"_s, CallKind::Identify, 200, Region::Us)});
    m_window = makeWindow();
    sendEvent(u"Demo EU"_s, u"US host"_s);
    const std::optional<RequestRecord> event = waitForCall(CallKind::Event, u"Demo EU"_s);
    QVERIFY(event);

    // "Export matching as HAR…" with the log filtered to events: the file dialog, then the file.
    CIO_CHILD(QComboBox, call, m_window.get(), u"logCallFilter"_s);
    call->setCurrentIndex(call->findData(int(CallKind::Event)));
    QCOMPARE(logView()->rowCount(), 1);
    const QString path = m_dir.filePath(u"matching-%1.har"_s.arg(m_run));
    QSignalSpy finished(m_window.get(), &MainWindow::exportFinished);
    CIO_CHILD(QAction, exportMatchingHarAction, m_window.get(), u"exportMatchingHarAction"_s);
    exportMatchingHarAction->trigger();
    QFileDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QFileDialog *>(u"exportLogDialog"_s)) && dialog->isVisible());
    dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, "accept"); // what the Save button does
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Timeout);
    QCOMPARE(finished.first().at(1).toInt(), 1);
    QVERIFY2(finished.first().at(2).toString().isEmpty(), qPrintable(finished.first().at(2).toString()));

    const auto readHar = [](const QString &file) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return QJsonArray();
        const QByteArray bytes = f.readAll();
        if (bytes.contains(EuKey.toUtf8()) || bytes.contains(UsKey.toUtf8()))
            return QJsonArray();
        return QJsonDocument::fromJson(bytes).object().value(u"log"_s).toObject().value(u"entries"_s).toArray();
    };
    const auto checkEntries = [&event](const QJsonArray &entries) {
        // One entry per hop: the US host's 301, then the EU host's 200.
        QCOMPARE(entries.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject entry = entries.at(i).toObject();
            QCOMPARE(entry.value(u"_workspace"_s).toString(), u"Demo EU"_s);
            QCOMPARE(entry.value(u"_callId"_s).toInteger(), event->id);
            QCOMPARE(entry.value(u"request"_s).toObject().value(u"method"_s).toString(), u"POST"_s);
            QCOMPARE(entry.value(u"request"_s).toObject().value(u"url"_s).toString(),
                     event->hops.at(i).url.toString(QUrl::FullyEncoded));
            QCOMPARE(entry.value(u"response"_s).toObject().value(u"status"_s).toInt(), event->hops.at(i).status);
        }
        QCOMPARE(entries.at(0).toObject().value(u"response"_s).toObject().value(u"status"_s).toInt(), 301);
    };
    checkEntries(readHar(path));

    // "Export selected as HAR…": the selected row only.
    CIO_CHILD(QTableView, table, m_window.get(), u"requestLogView"_s);
    call->setCurrentIndex(0);
    QTRY_VERIFY(logView()->rowCount() >= 3);
    int eventRow = -1;
    for (int row = 0; row < logView()->rowCount(); ++row) {
        if (logView()->index(row, 0).data(RequestLogModel::IdRole).toLongLong() == event->id)
            eventRow = row;
    }
    QVERIFY(eventRow >= 0);
    table->selectRow(eventRow);
    CIO_CHILD(QAction, exportSelectedHarAction, m_window.get(), u"exportSelectedHarAction"_s);
    QVERIFY(exportSelectedHarAction->isEnabled());
    const QString selectedPath = m_dir.filePath(u"selected-%1.har"_s.arg(m_run));
    QString error;
    QCOMPARE(m_window->exportSelected(selectedPath, &error), 1);
    checkEntries(readHar(selectedPath));

    // JSONL of everything: one line a stored call.
    const QString jsonlPath = m_dir.filePath(u"all-%1.jsonl"_s.arg(m_run));
    m_window->exportMatching(jsonlPath, LogExport::Format::Jsonl);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, Timeout);
    QFile jsonl(jsonlPath);
    QVERIFY(jsonl.open(QIODevice::ReadOnly));
    QCOMPARE(jsonl.readAll().count('\n'), m_window->requestLogStore()->count());
}

void TestMainWindow::copyAsCurlReferencesTheKey()
{
    m_window = makeWindow();
    sendEvent(u"Demo EU"_s, u"EU host"_s);
    const std::optional<RequestRecord> event = waitForCall(CallKind::Event, u"Demo EU"_s);
    QVERIFY(event);
    CIO_CHILD(QTableView, table, m_window.get(), u"requestLogView"_s);
    QCOMPARE(table->currentIndex().data(RequestLogModel::IdRole).toLongLong(), event->id);
    QGuiApplication::clipboard()->clear();
    CIO_CHILD(QAction, copy, m_window.get(), u"copyCurlAction"_s);
    QVERIFY(copy->isEnabled());
    copy->trigger();
    const QString curl = QGuiApplication::clipboard()->text();
    QVERIFY2(curl.startsWith(u"curl -X POST "_s), qPrintable(curl));
    QVERIFY2(curl.contains(u"'demo-eu-site'\":$CIO_TRACK_API_KEY\""_s), qPrintable(curl));
    QVERIFY(curl.contains(event->hops.first().url.toString(QUrl::FullyEncoded)));
    QVERIFY(!curl.contains(EuKey));
    QVERIFY(!curl.contains(QString::fromLatin1((u"demo-eu-site:"_s + EuKey).toUtf8().toBase64())));
}

void TestMainWindow::clearLogAsksFirst()
{
    seedLog({seedRecord(u"Seed A"_s, CallKind::Event, 200, Region::Eu),
             seedRecord(u"Seed B"_s, CallKind::Event, 200, Region::Us)});
    m_window = makeWindow();
    RequestLogStore *store = m_window->requestLogStore();
    QTRY_VERIFY(store->count() >= 3); // the seeds and the demo workspace's region check
    const qint64 before = store->count();
    CIO_CHILD(QPushButton, clear, m_window.get(), u"clearLogButton"_s);

    QTest::mouseClick(clear, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"clearLogConfirm"_s)) && box->isVisible());
    QVERIFY2(box->informativeText().contains(m_logPath), qPrintable(box->informativeText()));
    CIO_CHILD(QPushButton, cancelClearLogButton, box, u"cancelClearLogButton"_s);
    QTest::mouseClick(cancelClearLogButton, Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"clearLogConfirm"_s));
    QCOMPARE(store->count(), before);

    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"clearLogConfirm"_s)) && box->isVisible());
    CIO_CHILD(QPushButton, confirmClearLogButton, box, u"confirmClearLogButton"_s);
    QTest::mouseClick(confirmClearLogButton, Qt::LeftButton);
    QTRY_COMPARE(store->count(), qint64(0));
    QCOMPARE(logModel()->rowCount(), 0);
}

void TestMainWindow::unusableLogDatabaseIsSaidAndCallsStillShow()
{
    // The database's directory cannot be created: a file stands where it would be.
    QFile blocker(m_dir.filePath(u"blocker-%1"_s.arg(m_run)));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    m_logPath = blocker.fileName() + u"/log.sqlite"_s;
    m_window = makeWindow();
    QVERIFY(!m_window->requestLogStore()->isOpen());
    CIO_CHILD(QLabel, status, m_window.get(), u"logStatus"_s);
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().startsWith(u"Request log not saved: "_s), qPrintable(status->text()));
    QVERIFY(m_window->aboutInfo().logState.size() > 0);
    // Calls are listed all the same, for this session.
    QVERIFY(waitForCall(CallKind::Region, u"Demo US"_s));
}

// --- sandbox faults ----------------------------------------------------------------------------------------

void TestMainWindow::sandboxFaultReachesTheLog()
{
    m_window = makeWindow();
    SandboxServer *sandbox = m_window->sandbox();
    CIO_CHILD(QMenu, menu, m_window.get(), u"sandboxMenu"_s);
    QVERIFY(menu->menuAction()->isVisible());
    CIO_CHILD(QWidget, sandboxFaultsButton, m_window.get(), u"sandboxFaultsButton"_s);
    QVERIFY(sandboxFaultsButton->isVisible());
    CIO_CHILD(QLabel, status, m_window.get(), u"sandboxFaultStatus"_s);
    QVERIFY(!status->isVisible());
    CIO_CHILD(QAction, sandboxFaultTrackEuNone, m_window.get(), u"sandboxFault_track-eu_none"_s);
    QVERIFY(sandboxFaultTrackEuNone->isChecked());
    CIO_CHILD(QAction, sandboxRedirect301, m_window.get(), u"sandboxRedirect_301"_s);
    QVERIFY(sandboxRedirect301->isChecked());

    QVERIFY(select(u"Demo EU"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    CIO_CHILD(QAction, sandboxFaultTrackEuStatus, m_window.get(), u"sandboxFault_track-eu_status"_s);
    sandboxFaultTrackEuStatus->trigger();
    QCOMPARE(sandbox->fault(SandboxServer::Host::TrackEu).toSpec(), u"status:503"_s);
    CIO_CHILD(QAction, sandboxFaultTrackEuStatus2, m_window.get(), u"sandboxFault_track-eu_status"_s);
    QVERIFY(sandboxFaultTrackEuStatus2->isChecked());
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), u"Sandbox faults: track-eu status:503"_s);

    sendEvent(u"Demo EU"_s, u"EU host"_s);
    const std::optional<RequestRecord> event = waitForCall(CallKind::Event, u"Demo EU"_s);
    QVERIFY(event);
    QCOMPARE(event->status, 503);
    QCOMPARE(logView()->index(0, RequestLogModel::Status).data().toString(), u"503"_s);
    QCOMPARE(logView()->index(0, 0).data(RequestLogModel::StatusClassRole).toString(), u"5xx"_s);

    // A fault set through the inspection API shows as well; the redirect status is switchable.
    SandboxFault hang;
    hang.kind = SandboxFault::Kind::Hang;
    sandbox->setFault(SandboxServer::Host::ApiUs, hang);
    QCOMPARE(status->text(), u"Sandbox faults: track-eu status:503 · api-us hang"_s);
    CIO_CHILD(QAction, sandboxFaultApiUsHang, m_window.get(), u"sandboxFault_api-us_hang"_s);
    QVERIFY(sandboxFaultApiUsHang->isChecked());
    CIO_CHILD(QAction, sandboxRedirect307, m_window.get(), u"sandboxRedirect_307"_s);
    sandboxRedirect307->trigger();
    QCOMPARE(sandbox->redirectStatus(), 307);
    CIO_CHILD(QAction, sandboxClearFaultsAction, m_window.get(), u"sandboxClearFaultsAction"_s);
    sandboxClearFaultsAction->trigger();
    QCOMPARE(sandbox->fault(SandboxServer::Host::TrackEu).kind, SandboxFault::Kind::None);
    QCOMPARE(status->text(), u"Sandbox faults: redirects 307"_s);

    // Off the sandbox there is no such menu.
    m_window->leaveSandbox();
    QVERIFY(!menu->menuAction()->isVisible());
    QVERIFY(!status->isVisible());
}

// --- region state honesty ----------------------------------------------------------------------------------

void TestMainWindow::failedRecheckLeavesRegionNotVerified()
{
    m_window = makeWindow();
    QVERIFY(select(u"Demo US"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"United States (us)"_s, Timeout);
    CIO_CHILD(QListWidget, list, m_window.get(), u"workspaceList"_s);
    QListWidgetItem *item = list->currentItem();
    QVERIFY(item->toolTip().contains(u"Region: United States"_s));

    // The US host now fails: the re-check fails.
    CIO_CHILD(QAction, sandboxFaultTrackUsStatus, m_window.get(), u"sandboxFault_track-us_status"_s);
    sandboxFaultTrackUsStatus->trigger();
    CIO_CHILD(QAction, recheckRegionAction, m_window.get(), u"recheckRegionAction"_s);
    recheckRegionAction->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(text(u"regionState"_s).contains(u"503"_s), Timeout);
    QCOMPARE(text(u"regionValue"_s), u"Unknown"_s);
    QVERIFY2(text(u"regionState"_s).contains(u"Last seen as US"_s), qPrintable(text(u"regionState"_s)));
    QVERIFY(text(u"routeValue"_s).contains(u"not verified"_s));

    // The list no longer says "United States" as if it were so now.
    QCOMPARE(Region(item->data(WorkspaceRoles::RegionRole).toInt()), Region::Unknown);
    QCOMPARE(Region(item->data(WorkspaceRoles::LastSeenRegionRole).toInt()), Region::Us);
    QVERIFY(item->data(WorkspaceRoles::CheckFailedRole).toBool());
    QVERIFY2(!item->toolTip().contains(u"Region: United States"_s), qPrintable(item->toolTip()));
    QVERIFY(item->toolTip().contains(u"not verified now (last seen United States)"_s));
    QVERIFY(item->toolTip().contains(u"503"_s));
    const QString accessible = item->data(Qt::AccessibleTextRole).toString();
    QVERIFY2(accessible.startsWith(u"Demo US, not verified now"_s), qPrintable(accessible));

    // "Workspace route" no longer routes to the US: Send waits for an explicit host.
    compose(u"Identify person"_s, u"ada@example.com"_s, {}, u"{}"_s, u"Workspace route"_s);
    CIO_CHILD(QPushButton, send, m_window.get(), u"sendButton"_s);
    QVERIFY(!send->isEnabled());
    QCOMPARE(text(u"sendViaTarget"_s), u"→ no host chosen"_s);
    QCOMPARE(text(u"sendViaWarning"_s),
             u"⚠ Region not verified now (last seen US): pick US host or EU host to send."_s);
    CIO_CHILD(QLabel, sendViaWarning, m_window.get(), u"sendViaWarning"_s);
    QVERIFY(sendViaWarning->isVisible());
    const int identifies = countCalls(CallKind::Identify);
    QTest::mouseClick(send, Qt::LeftButton);
    CIO_CHILD(QLineEdit, identifierEdit, m_window.get(), u"identifierEdit"_s);
    QTest::keyClick(identifierEdit, Qt::Key_Return);
    QVERIFY(!m_window->session()->isSending());
    QCOMPARE(countCalls(CallKind::Identify), identifies);
    CIO_CHILD(QComboBox, via, m_window.get(), u"sendViaCombo"_s);
    via->setCurrentIndex(via->findText(u"EU host"_s));
    QVERIFY(send->isEnabled());
    via->setCurrentIndex(via->findText(u"Workspace route"_s));
    QVERIFY(!send->isEnabled());

    // A later successful check makes it the region again.
    CIO_CHILD(QAction, sandboxClearFaultsAction, m_window.get(), u"sandboxClearFaultsAction"_s);
    sandboxClearFaultsAction->trigger();
    CIO_CHILD(QAction, recheckRegionAction2, m_window.get(), u"recheckRegionAction"_s);
    recheckRegionAction2->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"United States (us)"_s, Timeout);
    QCOMPARE(Region(item->data(WorkspaceRoles::RegionRole).toInt()), Region::Us);
    QVERIFY(item->toolTip().contains(u"Region: United States"_s));
    QVERIFY(send->isEnabled());
}

// --- window state and About --------------------------------------------------------------------------------

void TestMainWindow::windowStateIsRestored()
{
    {
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        WorkspaceRepository repository(&settings);
        for (const auto &[name, site] : {std::pair {u"Alpha"_s, u"demo-us-site"_s}, {u"Beta"_s, u"demo-eu-site"_s}}) {
            Workspace w;
            w.name = name;
            w.siteId = site;
            repository.save(w);
        }
    }
    int written = 0;
    m_keychain->write(u"Alpha/track-api-key"_s, UsKey, this, [&written](const CredentialResult &) { ++written; });
    m_keychain->write(u"Beta/track-api-key"_s, EuKey, this, [&written](const CredentialResult &) { ++written; });
    QTRY_COMPARE(written, 2);

    m_window = makeWindow();
    QCOMPARE(m_window->currentWorkspace()->name, u"Alpha"_s);
    QVERIFY(select(u"Beta"_s));
    m_window->resize(m_window->size() - QSize(40, 30)); // within the minimum size and the screen
    const QSize size = m_window->size();
    QVERIFY(size != QSize(1280, 800));
    CIO_CHILD(QSplitter, top, m_window.get(), u"topSplitter"_s);
    CIO_CHILD(QSplitter, main, m_window.get(), u"mainSplitter"_s);
    QCoreApplication::processEvents();
    QList<int> topSizes = top->sizes();
    topSizes[0] += 30;
    topSizes[1] -= 30;
    top->setSizes(topSizes);
    QList<int> mainSizes = main->sizes();
    mainSizes[0] -= 20;
    mainSizes[1] += 20;
    main->setSizes(mainSizes);
    topSizes = top->sizes();
    mainSizes = main->sizes();
    m_window.reset();

    m_window = makeWindow();
    QCoreApplication::processEvents();
    QCOMPARE(m_window->currentWorkspace()->name, u"Beta"_s);
    QCOMPARE(m_window->size(), size);
    CIO_CHILD(QSplitter, topSplitter, m_window.get(), u"topSplitter"_s);
    QCOMPARE(topSplitter->sizes(), topSizes);
    CIO_CHILD(QSplitter, mainSplitter, m_window.get(), u"mainSplitter"_s);
    QCOMPARE(mainSplitter->sizes(), mainSizes);
    // Names of sandbox workspaces are never remembered.
    m_window->enterSandbox();
    QVERIFY(select(u"Demo EU"_s));
    QVERIFY(!settingsText().contains(u"Demo EU"_s));
}

void TestMainWindow::aboutNamesVersionsBackendAndPaths()
{
    m_window = makeWindow();
    CIO_CHILD(QAction, about, m_window.get(), u"aboutAction"_s);
    QCOMPARE(about->text(), u"About Region Console"_s);
    CIO_CHILD(QMenu, helpMenu, m_window.get(), u"helpMenu"_s);
    QVERIFY(helpMenu->actions().contains(about));
    about->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"aboutDialog"_s)) && dialog->isVisible());
    const auto field = [dialog](const QString &name) {
        const QLabel *label = CIO_CHILD_OR_FAIL(QLabel, dialog, name);
        return label ? label->text() : QString();
    };
    QCOMPARE(field(u"aboutVersion"_s), QStringLiteral(CIO_VERSION));
    QCOMPARE(field(u"aboutQtVersion"_s), QString::fromLatin1(qVersion()));
    QCOMPARE(field(u"aboutKeychain"_s), u"memory, this session only"_s);
    QCOMPARE(field(u"aboutLogPath"_s), QDir::toNativeSeparators(m_logPath));
    QVERIFY(!field(u"aboutDataDirectory"_s).isEmpty());
    QCOMPARE(field(u"aboutSettingsPath"_s), QDir::toNativeSeparators(m_settingsPath));
    dialog->reject();

    // Off the sandbox, with the real keychain store (never asked here).
    MainWindow::Options options;
    options.settingsPath = m_settingsPath;
    options.logPath = m_logPath;
    options.endpoints = m_configured.endpoints;
    MainWindow real(options);
    real.leaveSandbox();
    QCOMPARE(real.aboutInfo().keychain, u"Secret Service via QtKeychain"_s);
}

// --- the composer: every call, timestamps, bursts, templates --------------------------------------------

void TestMainWindow::shootComposer(const QString &name)
{
    const QString dir = qEnvironmentVariable("CIO_UI_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    CIO_CHILD(QWidget, composer, m_window.get(), u"composer"_s);
    QVERIFY(composer->grab().save(dir + u'/' + name + u".png"_s));
}

void TestMainWindow::composerSendsEveryCall()
{
    m_window = makeWindow();
    m_window->resize(1280, 900);
    QVERIFY(select(u"Demo EU"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    SandboxServer *sandbox = m_window->sandbox();
    CIO_CHILD(QComboBox, kind, m_window.get(), u"callTypeCombo"_s);
    CIO_CHILD(QLineEdit, identifier, m_window.get(), u"identifierEdit"_s);
    CIO_CHILD(QLineEdit, secondary, m_window.get(), u"secondaryEdit"_s);
    CIO_CHILD(QLineEdit, device, m_window.get(), u"deviceIdEdit"_s);
    CIO_CHILD(QComboBox, platform, m_window.get(), u"platformCombo"_s);
    CIO_CHILD(QLineEdit, name, m_window.get(), u"eventNameEdit"_s);
    CIO_CHILD(QPlainTextEdit, json, m_window.get(), u"jsonEdit"_s);
    CIO_CHILD(QPushButton, send, m_window.get(), u"sendButton"_s);
    CIO_CHILD(QLabel, problems, m_window.get(), u"composerProblems"_s);
    CIO_CHILD(QComboBox, sendViaCombo, m_window.get(), u"sendViaCombo"_s);
    sendViaCombo->setCurrentIndex(2); // EU host

    struct Step
    {
        CallKind kind;
        QString identifier, secondary, device, name, json;
        QString method, path; // what the sandbox must receive
        QStringList visible, hidden; // objectNames of the fields the call shows and hides
    };
    const QString person = u"ada+1@example.com"_s;
    const QString encoded = u"ada%2B1%40example.com"_s;
    const QList<Step> steps = {
        {CallKind::Identify,
         person,
         {},
         {},
         {},
         uR"({"plan":"pro"})"_s,
         u"PUT"_s,
         u"/api/v1/customers/"_s + encoded,
         {u"identifierEdit"_s, u"jsonEdit"_s},
         {u"eventNameEdit"_s, u"secondaryEdit"_s, u"timestampCheck"_s}},
        {CallKind::PageView,
         person,
         {},
         {},
         u"https://example.com/pricing"_s,
         {},
         u"POST"_s,
         u"/api/v1/customers/"_s + encoded + u"/events"_s,
         {u"eventNameEdit"_s, u"timestampCheck"_s},
         {u"deviceIdEdit"_s}},
        {CallKind::ScreenView,
         person,
         {},
         {},
         u"Settings"_s,
         {},
         u"POST"_s,
         u"/api/v1/customers/"_s + encoded + u"/events"_s,
         {u"eventNameEdit"_s},
         {u"secondaryEdit"_s}},
        {CallKind::AddDevice,
         person,
         {},
         u"tok/1"_s,
         {},
         uR"({"app_version":"1.2"})"_s,
         u"PUT"_s,
         u"/api/v1/customers/"_s + encoded + u"/devices"_s,
         {u"deviceIdEdit"_s, u"platformCombo"_s, u"jsonEdit"_s},
         {u"eventNameEdit"_s}},
        {CallKind::DeleteDevice,
         person,
         {},
         u"tok/1"_s,
         {},
         {},
         u"DELETE"_s,
         u"/api/v1/customers/"_s + encoded + u"/devices/tok%2F1"_s,
         {u"deviceIdEdit"_s},
         {u"platformCombo"_s, u"jsonEdit"_s, u"timestampCheck"_s}},
        {CallKind::Suppress,
         u"spam@example.com"_s,
         {},
         {},
         {},
         {},
         u"POST"_s,
         u"/api/v1/customers/spam%40example.com/suppress"_s,
         {u"identifierEdit"_s},
         {u"jsonEdit"_s, u"eventNameEdit"_s}},
        {CallKind::Unsuppress,
         u"spam@example.com"_s,
         {},
         {},
         {},
         {},
         u"POST"_s,
         u"/api/v1/customers/spam%40example.com/unsuppress"_s,
         {u"identifierEdit"_s},
         {u"jsonEdit"_s}},
        {CallKind::Identify, u"bob"_s, {}, {}, {}, uR"({"team":"b"})"_s, u"PUT"_s, u"/api/v1/customers/bob"_s, {}, {}},
        {CallKind::Merge,
         person,
         u"bob"_s,
         {},
         {},
         {},
         u"POST"_s,
         u"/api/v1/merge_customers"_s,
         {u"secondaryEdit"_s, u"identifierEdit"_s},
         {u"jsonEdit"_s, u"deviceIdEdit"_s}},
        {CallKind::DeletePerson,
         u"gone"_s,
         {},
         {},
         {},
         {},
         u"DELETE"_s,
         u"/api/v1/customers/gone"_s,
         {u"identifierEdit"_s},
         {u"jsonEdit"_s}},
        {CallKind::Entity,
         {},
         {},
         {},
         {},
         uR"({"type":"person","identifiers":{"id":"zed"},"action":"identify","attributes":{"plan":"team"}})"_s,
         u"POST"_s,
         u"/api/v2/entity"_s,
         {u"jsonEdit"_s},
         {u"identifierEdit"_s, u"eventNameEdit"_s}},
        {CallKind::Batch,
         {},
         {},
         {},
         {},
         uR"({"batch":[{"type":"person","identifiers":{"id":"b1"},"action":"identify"},)"
         uR"({"type":"person","identifiers":{"phone":"+1","email":"two@example.com"},"action":"identify"}]})"_s,
         u"POST"_s,
         u"/api/v2/batch"_s,
         {u"jsonEdit"_s},
         {u"identifierEdit"_s}},
    };
    for (const Step &step : steps) {
        kind->setCurrentIndex(kind->findData(int(step.kind)));
        identifier->setText(step.identifier);
        secondary->setText(step.secondary);
        device->setText(step.device);
        platform->setCurrentIndex(0);
        name->setText(step.name);
        json->setPlainText(step.json);
        for (const QString &visible : step.visible) {
            CIO_CHILD(QWidget, shown, m_window.get(), visible);
            QVERIFY2(shown->isVisible(), qPrintable(callName(step.kind) + u": "_s + visible));
        }
        for (const QString &hidden : step.hidden) {
            CIO_CHILD(QWidget, notShown, m_window.get(), hidden);
            QVERIFY2(!notShown->isVisible(), qPrintable(callName(step.kind) + u": "_s + hidden));
        }
        QVERIFY2(send->isEnabled(), qPrintable(callName(step.kind) + u": "_s + problems->toolTip()));
        sandbox->clearReceivedRequests();
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(sandbox->receivedRequests().size(), 1, Timeout);
        QCOMPARE(sandbox->receivedRequests().first().method, step.method);
        QCOMPARE(sandbox->receivedRequests().first().path, step.path);
        QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), Timeout);
        if (step.kind == CallKind::Merge)
            shootComposer(u"composer-merge"_s);
        if (step.kind == CallKind::AddDevice)
            shootComposer(u"composer-add-device"_s);
    }
    const QJsonArray people = sandbox->workspaceState(u"demo-eu-site"_s).value(u"people").toArray();
    QStringList identifiers;
    for (const QJsonValue &p : people)
        identifiers << p.toObject().value(u"identifier").toString();
    QCOMPARE(identifiers, (QStringList {person, u"b1"_s, u"zed"_s}));

    // The batch's 207: the failed operation is named against its item in the log's detail.
    const std::optional<RequestRecord> batch = waitForCall(CallKind::Batch, u"Demo EU"_s);
    QVERIFY(batch);
    QCOMPARE(batch->status, 207);
    QVERIFY2(batch->warnings.join(u'\n').contains(u"item 1 (person two@example.com, identify): field identifiers"_s),
             qPrintable(batch->warnings.join(u'\n')));
    shootComposer(u"composer-batch"_s);

    // An invalid v2 body names the item and field; nothing is sent.
    json->setPlainText(uR"({"batch":[{"type":"person","identifiers":{"id":""},"action":"identify"}]})"_s);
    QVERIFY(!send->isEnabled());
    QVERIFY2(problems->toolTip().contains(u"batch[0]: identifiers.id: must not be empty"_s),
             qPrintable(problems->toolTip()));
    shootComposer(u"composer-batch-invalid"_s);
}

// Issue 18: on the sandbox, the EU demo workspace's source sends a Pipelines call from the composer to the EU
// Pipelines host (its region detected through the workspace's Track credentials), in strict mode; a call the
// sandbox refuses in strict mode ends as a failure, not a success.
void TestMainWindow::composerSendsAPipelinesCall()
{
    m_window = makeWindow();
    m_window->resize(1280, 900);
    QVERIFY(select(u"Demo EU"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    SandboxServer *sandbox = m_window->sandbox();
    CIO_CHILD(QComboBox, api, m_window.get(), u"apiCombo"_s);
    api->setCurrentIndex(api->findData(u"pipelines"_s));
    CIO_CHILD(QComboBox, source, m_window.get(), u"pipelinesSourceCombo"_s);
    QCOMPARE(source->currentText(), u"Website"_s);
    CIO_CHILD(QComboBox, calls, m_window.get(), u"pipelinesCallCombo"_s);
    calls->setCurrentIndex(calls->findData(int(CallKind::PipelinesTrack)));
    CIO_CHILD(QLineEdit, userId, m_window.get(), u"pipelinesField_user_id"_s);
    CIO_CHILD(QLineEdit, event, m_window.get(), u"pipelinesField_event"_s);
    userId->setText(u"42"_s);
    event->setText(u"Course Started"_s);
    CIO_CHILD(QPushButton, send, m_window.get(), u"sendButton"_s);
    QVERIFY(send->isEnabled());
    sandbox->clearReceivedRequests();
    QTest::mouseClick(send, Qt::LeftButton);
    const std::optional<RequestRecord> track = waitForCall(CallKind::PipelinesTrack, u"Demo EU"_s);
    QVERIFY(track);
    QCOMPARE(track->status, 200);
    QCOMPARE(track->outcome, RequestRecord::Outcome::Success);
    QCOMPARE(track->handledByRegion, Region::Eu);
    QCOMPARE(track->handledBy, EndpointTable::hostLabel(sandbox->baseUrl(SandboxServer::Host::PipelinesEu)));
    const QJsonArray accepted = sandbox->pipelinesState(u"demo-eu-site"_s).value(u"accepted").toArray();
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(accepted.first().toObject().value(u"event").toString(), u"Course Started"_s);
    shootComposer(u"composer-pipelines-track"_s);

    // An object deletion without its object ID is refused before anything is sent.
    calls->setCurrentIndex(calls->findData(int(CallKind::PipelinesObjectDeleted)));
    QVERIFY(!m_window->findChild<QLineEdit *>(u"pipelinesField_event"_s));
    CIO_CHILD(QLineEdit, anonymousId, m_window.get(), u"pipelinesField_anonymous_id"_s);
    anonymousId->setText(u"anon-1"_s);
    QVERIFY(!send->isEnabled());
}

void TestMainWindow::composerTimestampShowsTheValueSent()
{
    m_window = makeWindow();
    QVERIFY(select(u"Demo EU"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    compose(u"Customer event"_s, u"ada"_s, u"purchased"_s, u"{}"_s, u"EU host"_s);
    CIO_CHILD(QCheckBox, check, m_window.get(), u"timestampCheck"_s);
    CIO_CHILD(QLineEdit, seconds, m_window.get(), u"timestampSecondsEdit"_s);
    CIO_CHILD(QDateTimeEdit, picker, m_window.get(), u"timestampPicker"_s);
    CIO_CHILD(QLabel, note, m_window.get(), u"timestampNote"_s);
    CIO_CHILD(QPushButton, send, m_window.get(), u"sendButton"_s);
    CIO_CHILD(QLabel, problems, m_window.get(), u"composerProblems"_s);
    QVERIFY(!seconds->isEnabled());
    QCOMPARE(note->text(), u"Not sent: Customer.io uses the time it receives the call."_s);
    check->setChecked(true);
    QVERIFY(seconds->isEnabled());

    // Typed seconds move the picker, and the value sent is spelled out.
    seconds->setText(u"1764403200"_s);
    QCOMPARE(picker->dateTime().toSecsSinceEpoch(), 1764403200);
    QCOMPARE(note->text(), u"Sent as 1764403200 (2025-11-29 08:00:00 UTC)"_s);
    QVERIFY(send->isEnabled());
    // A picked date-time gives its seconds.
    picker->setDateTime(QDateTime::fromSecsSinceEpoch(1764406800));
    QCOMPARE(seconds->text(), u"1764406800"_s);

    // Milliseconds are refused with the seconds they stand for.
    seconds->setText(u"1764403200000"_s);
    QVERIFY(!send->isEnabled());
    QCOMPARE(problems->toolTip(),
             u"Timestamp: 1764403200000 looks like milliseconds; Unix seconds would be 1764403200"_s);
    shootComposer(u"composer-timestamp-milliseconds"_s);
    seconds->setText(u"next week"_s);
    QVERIFY(!send->isEnabled());
    QVERIFY(problems->text().startsWith(u"Timestamp: expected Unix seconds"_s));
    QCOMPARE(note->text(), u"Not valid: nothing is sent."_s);

    seconds->setText(u"1764403200"_s);
    QTest::mouseClick(send, Qt::LeftButton);
    const std::optional<RequestRecord> event = waitForCall(CallKind::Event, u"Demo EU"_s);
    QVERIFY(event);
    QCOMPARE(QJsonDocument::fromJson(event->requestBody).object().value(u"timestamp").toInteger(), 1764403200);
    shootComposer(u"composer-timestamp"_s);
}

void TestMainWindow::composerBurstHonoursRetryAfter()
{
    m_window = makeWindow();
    m_window->resize(1280, 900);
    QVERIFY(select(u"Demo EU"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    SandboxServer *sandbox = m_window->sandbox();
    sandbox->clearState();
    compose(u"Customer event"_s, u"burst-person"_s, u"tick"_s, u"{}"_s, u"EU host"_s);
    CIO_CHILD(QSpinBox, burstCountSpin, m_window.get(), u"burstCountSpin"_s);
    burstCountSpin->setValue(5);
    CIO_CHILD(QDoubleSpinBox, burstRateSpin, m_window.get(), u"burstRateSpin"_s);
    burstRateSpin->setValue(20);
    // The EU host refuses the third call once (429, Retry-After: 1), then recovers.
    SandboxFault limited;
    QString error;
    QVERIFY(SandboxFault::fromSpec(u"rate-limit:1"_s, &limited, &error));
    int received = 0;
    connect(sandbox, &SandboxServer::requestReceived, this, [&](const SandboxRequest &request) {
        ++received;
        if (received == 2)
            sandbox->setFault(SandboxServer::Host::TrackEu, limited);
        if (request.status == 429)
            sandbox->setFault(SandboxServer::Host::TrackEu, SandboxFault());
    });
    CIO_CHILD(QPushButton, send, m_window.get(), u"sendButton"_s);
    QTest::mouseClick(send, Qt::LeftButton);
    CIO_CHILD(QWidget, row, m_window.get(), u"burstRow"_s);
    QVERIFY(row->isVisible());
    CIO_CHILD(QPushButton, burstCancelButton, m_window.get(), u"burstCancelButton"_s);
    QVERIFY(burstCancelButton->isVisible());
    QCOMPARE(send->text(), u"Sending…"_s);
    CIO_CHILD(QLabel, status, m_window.get(), u"burstStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"Rate limited (429) on call 3: waiting 1 s"_s), Timeout);
    shootComposer(u"composer-burst-rate-limited"_s);
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 15000);
    QVERIFY2(status->text().startsWith(u"5 of 5 succeeded, 1 rate-limited answer(s), waited 1 s"_s),
             qPrintable(status->text()));
    // Halved to 10 per second by the 429, then back to the chosen 20 once calls succeeded again.
    QVERIFY2(status->text().contains(u"ending at 20 calls per second"_s), qPrintable(status->text()));
    CIO_CHILD(QPushButton, burstRetryButton, m_window.get(), u"burstRetryButton"_s);
    QVERIFY(!burstRetryButton->isVisible());
    shootComposer(u"composer-burst-done"_s);
    disconnect(sandbox, &SandboxServer::requestReceived, this, nullptr);
    // Every event arrived once.
    const QJsonArray people = sandbox->workspaceState(u"demo-eu-site"_s).value(u"people").toArray();
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.first().toObject().value(u"events").toArray().size(), 5);

    // Failures are not re-sent; Retry failed sends exactly those.
    sandbox->setFault(SandboxServer::Host::TrackEu, SandboxServer::Fault::ServerError);
    CIO_CHILD(QSpinBox, burstCountSpin2, m_window.get(), u"burstCountSpin"_s);
    burstCountSpin2->setValue(2);
    sandbox->clearReceivedRequests();
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 15000);
    QCOMPARE(sandbox->receivedRequests().size(), 2);
    QVERIFY2(status->text().startsWith(u"0 of 2 succeeded, 2 failed (not re-sent)"_s), qPrintable(status->text()));
    CIO_CHILD(QPushButton, retry, m_window.get(), u"burstRetryButton"_s);
    QVERIFY(retry->isVisible());
    shootComposer(u"composer-burst-failed"_s);
    sandbox->setFault(SandboxServer::Host::TrackEu, SandboxFault());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"2 of 2 succeeded"_s), 15000);
    QCOMPARE(sandbox->receivedRequests().size(), 4);

    // A single call afterwards: its result replaces the burst's summary (issue 22, item 6).
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 15000);
    burstCountSpin->setValue(1);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(u"event call to Demo EU succeeded: HTTP 200"_s), Timeout);
    QVERIFY(!retry->isVisible());
}

void TestMainWindow::templatesPerWorkspaceAndLastCallRestored()
{
    m_window = makeWindow();
    QVERIFY(select(u"Demo EU"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    CIO_CHILD(QComboBox, templates, m_window.get(), u"templateCombo"_s);
    QVERIFY(!templates->isEnabled());
    compose(u"Screen view"_s, u"ada"_s, u"Checkout"_s, uR"({"step": 2})"_s, u"EU host"_s);

    CIO_CHILD(QToolButton, saveTemplateButton, m_window.get(), u"saveTemplateButton"_s);
    saveTemplateButton->click();
    CIO_CHILD(QInputDialog, dialog, m_window.get(), u"saveTemplateDialog"_s);
    dialog->setTextValue(u"Checkout screen"_s);
    dialog->accept();
    QCOMPARE(text(u"templateMessage"_s), u"Saved."_s);
    QVERIFY(templates->isEnabled());
    QCOMPARE(templates->currentText(), u"Checkout screen"_s);

    // Another call, then the template brings the saved one back.
    compose(u"Customer event"_s, u"bob"_s, u"other"_s, u"{}"_s, u"US host"_s);
    templates->setCurrentIndex(templates->findText(u"Checkout screen"_s));
    Q_EMIT templates->activated(templates->currentIndex());
    CIO_CHILD(QComboBox, callTypeCombo, m_window.get(), u"callTypeCombo"_s);
    QCOMPARE(callTypeCombo->currentText(), u"Screen view"_s);
    CIO_CHILD(QLineEdit, eventNameEdit, m_window.get(), u"eventNameEdit"_s);
    QCOMPARE(eventNameEdit->text(), u"Checkout"_s);
    CIO_CHILD(QPlainTextEdit, jsonEdit, m_window.get(), u"jsonEdit"_s);
    QCOMPARE(jsonEdit->toPlainText(), uR"({"step": 2})"_s);
    CIO_CHILD(QComboBox, sendViaCombo, m_window.get(), u"sendViaCombo"_s);
    QCOMPARE(sendViaCombo->currentText(), u"EU host"_s);
    shootComposer(u"composer-template"_s);

    // Templates belong to their workspace.
    QVERIFY(select(u"Demo US"_s));
    QTRY_VERIFY_WITH_TIMEOUT(templates->findText(u"Checkout screen"_s) < 0, Timeout);
    QVERIFY(select(u"Demo EU"_s));
    QTRY_VERIFY_WITH_TIMEOUT(templates->findText(u"Checkout screen"_s) > 0, Timeout);

    // A blank name is refused, naming the field.
    CIO_CHILD(QToolButton, saveTemplateButton2, m_window.get(), u"saveTemplateButton"_s);
    saveTemplateButton2->click();
    dialog = TestSupport::namedChild<QInputDialog>(m_window.get(), u"saveTemplateDialog"_s);
    QVERIFY(dialog);
    dialog->setTextValue(u"  "_s);
    dialog->accept();
    QCOMPARE(text(u"templateMessage"_s), u"Template name: must not be blank"_s);

    // The last composed call comes back with the next window; nothing secret is in the settings.
    compose(u"Page view"_s, u"carol"_s, u"https://example.com/"_s, QString(), u"EU host"_s);
    m_window->close();
    m_window = makeWindow();
    CIO_CHILD(QComboBox, callTypeCombo2, m_window.get(), u"callTypeCombo"_s);
    QCOMPARE(callTypeCombo2->currentText(), u"Page view"_s);
    CIO_CHILD(QLineEdit, identifierEdit, m_window.get(), u"identifierEdit"_s);
    QCOMPARE(identifierEdit->text(), u"carol"_s);
    CIO_CHILD(QLineEdit, eventNameEdit2, m_window.get(), u"eventNameEdit"_s);
    QCOMPARE(eventNameEdit2->text(), u"https://example.com/"_s);
    QVERIFY(settingsText().contains(u"Checkout screen"_s));

    // Deleting removes it.
    QVERIFY(select(u"Demo EU"_s));
    templates = TestSupport::namedChild<QComboBox>(m_window.get(), u"templateCombo"_s);
    QVERIFY(templates);
    QTRY_VERIFY_WITH_TIMEOUT(templates->findText(u"Checkout screen"_s) > 0, Timeout);
    templates->setCurrentIndex(templates->findText(u"Checkout screen"_s));
    Q_EMIT templates->activated(templates->currentIndex());
    CIO_CHILD(QToolButton, deleteTemplateButton, m_window.get(), u"deleteTemplateButton"_s);
    deleteTemplateButton->click();
    QCOMPARE(templates->findText(u"Checkout screen"_s), -1);
}

// --- the Data and Privacy panel --------------------------------------------------------------------------

void TestMainWindow::shootPanel(const QString &name)
{
    const QString dir = qEnvironmentVariable("CIO_UI_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    CIO_CHILD(QWidget, dataPrivacyPanel, m_window.get(), u"dataPrivacyPanel"_s);
    QVERIFY(dataPrivacyPanel->grab().save(dir + u'/' + name + u".png"_s));
}

void TestMainWindow::panelShowsHostsRouteAndDocs()
{
    m_window = makeWindow();
    m_window->resize(1280, 900);
    SandboxServer *sandbox = m_window->sandbox();
    QVERIFY(select(u"Demo US"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"United States (us)"_s, Timeout);
    const QString usApp = sandbox->baseUrl(SandboxServer::Host::ApiUs).toString();
    // Each sandbox host with the Customer.io host it stands for; Copy gives the URL.
    QCOMPARE(text(u"trackHostValue"_s),
             u"track.customer.io · sandbox "_s
                 + EndpointTable::hostLabel(sandbox->baseUrl(SandboxServer::Host::TrackUs)));
    QCOMPARE(text(u"appHostValue"_s),
             u"api.customer.io · sandbox "_s + EndpointTable::hostLabel(sandbox->baseUrl(SandboxServer::Host::ApiUs)));
    QCOMPARE(text(u"transactionalHostValue"_s),
             u"api.customer.io/v1/send/… · sandbox "_s
                 + EndpointTable::hostLabel(sandbox->baseUrl(SandboxServer::Host::ApiUs)));
    QCOMPARE(text(u"accountValue"_s), u"Demo US account"_s);
    QVERIFY2(text(u"regionState"_s).startsWith(u"✔ Verified"_s) && text(u"regionState"_s).contains(u"(just now)"_s),
             qPrintable(text(u"regionState"_s)));
    CIO_CHILD(QLabel, regionDocsLink, m_window.get(), u"regionDocsLink"_s);
    QVERIFY(regionDocsLink->text().contains(RegionPanel::docsUrl()));
    CIO_CHILD(QLabel, diagnosisList, m_window.get(), u"diagnosisList"_s);
    QVERIFY(!diagnosisList->isVisible());
    CIO_CHILD(QLabel, failedRequestValue, m_window.get(), u"failedRequestValue"_s);
    QVERIFY(!failedRequestValue->isVisible());
    CIO_CHILD(QComboBox, route, m_window.get(), u"routeCombo"_s);
    QVERIFY(route->isEnabled());
    QCOMPARE(route->currentData().toInt(), int(Route::Auto));
    CIO_CHILD(QToolButton, copyAppHostButton, m_window.get(), u"copyAppHostButton"_s);
    copyAppHostButton->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), usApp);
    CIO_CHILD(QToolButton, copyTransactionalHostButton, m_window.get(), u"copyTransactionalHostButton"_s);
    copyTransactionalHostButton->click();
    // A usable URL, not the shortened one shown; the button confirms.
    QCOMPARE(QGuiApplication::clipboard()->text(), usApp + u"/v1/send/email"_s);
    QCOMPARE(copyTransactionalHostButton->text(), u"Copied"_s);
    CIO_CHILD(QPushButton, checkAppKeyButton, m_window.get(), u"checkAppKeyButton"_s);
    QVERIFY(checkAppKeyButton->isEnabled());
    shootPanel(u"panel-us"_s);

    QVERIFY(select(u"Demo EU"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    QCOMPARE(text(u"trackHostValue"_s),
             u"track-eu.customer.io · sandbox "_s
                 + EndpointTable::hostLabel(sandbox->baseUrl(SandboxServer::Host::TrackEu)));
    QCOMPARE(text(u"dataCenterValue"_s), u"EU"_s);
    QCOMPARE(text(u"workspaceIdValue"_s), u"201"_s);
    // The App API key works on the account's own host.
    CIO_CHILD(QPushButton, checkAppKeyButton2, m_window.get(), u"checkAppKeyButton"_s);
    checkAppKeyButton2->click();
    QTRY_VERIFY_WITH_TIMEOUT(text(u"appKeyResult"_s).startsWith(u"✔ EU App API host: accepted (200)"_s), Timeout);
    CIO_CHILD(QLabel, diagnosisList2, m_window.get(), u"diagnosisList"_s);
    QVERIFY(!diagnosisList2->isVisible());
    QCOMPARE(countCalls(CallKind::AppKeyCheck), 1);
    shootPanel(u"panel-eu"_s);
}

void TestMainWindow::panelUnknownNamesTheFailedRequest_data()
{
    QTest::addColumn<QString>("fault"); // on both Track hosts; empty: a wrong key
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("request");
    QTest::newRow("401") << QString() << u"401"_s << u"/api/v1/accounts/region → 401"_s;
    QTest::newRow("503") << u"status:503"_s << u"503"_s << u"/api/v1/accounts/region → 503"_s;
    QTest::newRow("connection reset") << u"reset"_s << u"network error"_s
                                      << u"/api/v1/accounts/region → network error"_s;
}
void TestMainWindow::panelUnknownNamesTheFailedRequest()
{
    QFETCH(QString, fault);
    QFETCH(QString, state);
    QFETCH(QString, request);
    m_window = makeWindow();
    SandboxServer *sandbox = m_window->sandbox();
    Workspace w;
    w.name = u"Probe"_s;
    w.siteId = u"demo-eu-site"_s;
    m_window->addSessionWorkspace(w, fault.isEmpty() ? u"not-the-key"_s : u"demo-eu-track-key"_s);
    if (!fault.isEmpty()) {
        SandboxFault f;
        QString error;
        QVERIFY(SandboxFault::fromSpec(fault, &f, &error));
        sandbox->setFault(SandboxServer::Host::TrackUs, f);
        sandbox->setFault(SandboxServer::Host::TrackEu, f);
    }
    QVERIFY(select(u"Probe"_s));
    QTRY_VERIFY_WITH_TIMEOUT(text(u"regionState"_s).startsWith(u"✖ Region not verified"_s), Timeout);
    QCOMPARE(text(u"regionValue"_s), u"Unknown"_s);
    QVERIFY2(text(u"regionState"_s).contains(state), qPrintable(text(u"regionState"_s)));
    CIO_CHILD(QLabel, failed, m_window.get(), u"failedRequestValue"_s);
    QVERIFY(failed->isVisible());
    QVERIFY2(failed->text().startsWith(u"Request: GET http://127.0.0.1:"_s) && failed->text().endsWith(request),
             qPrintable(failed->text()));
    CIO_CHILD(QPushButton, checkAppKeyButton, m_window.get(), u"checkAppKeyButton"_s);
    QVERIFY(!checkAppKeyButton->isEnabled());
    CIO_CHILD(QLabel, diagnosisList, m_window.get(), u"diagnosisList"_s);
    QVERIFY(!diagnosisList->isVisible());
    if (fault.isEmpty())
        shootPanel(u"panel-unknown-401"_s);
    sandbox->setFault(SandboxServer::Host::TrackUs, SandboxFault());
    sandbox->setFault(SandboxServer::Host::TrackEu, SandboxFault());
}

void TestMainWindow::panelDiagnosesEachMismatch()
{
    m_window = makeWindow();
    m_window->resize(1280, 900);
    CIO_CHILD(QLabel, diagnosis, m_window.get(), u"diagnosisList"_s);
    CIO_CHILD(QAction, sandboxMismatchExamplesAction, m_window.get(), u"sandboxMismatchExamplesAction"_s);
    sandboxMismatchExamplesAction->trigger();
    QCOMPARE(listedWorkspaces(),
             (QStringList {u"Demo US"_s, u"Demo EU"_s, u"Demo EU · US route"_s, u"Demo EU · US App API key"_s,
                           u"Demo US · filed under Demo EU account"_s}));

    // An EU workspace on the US route; switching the route to EU clears it.
    QVERIFY(select(u"Demo EU · US route"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(diagnosis->isVisible(), Timeout);
    QVERIFY2(diagnosis->text().contains(u"Track calls are redirected through US servers; data may be logged in the "
                                        "US. Switch the route to EU."_s),
             qPrintable(diagnosis->text()));
    shootPanel(u"panel-mismatch-us-route"_s);
    CIO_CHILD(QComboBox, route, m_window.get(), u"routeCombo"_s);
    route->setCurrentIndex(route->findData(int(Route::Eu)));
    Q_EMIT route->activated(route->currentIndex());
    QVERIFY2(!diagnosis->text().contains(u"Switch the route to EU"_s), qPrintable(diagnosis->text()));
    QCOMPARE(m_window->currentWorkspace()->route, Route::Eu);
    QVERIFY(text(u"routeValue"_s).startsWith(u"Forced"_s));

    // An App API key of the other region's account: not a bad key, and it names what is wrong.
    QVERIFY(select(u"Demo EU · US App API key"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    CIO_CHILD(QCheckBox, checkOtherRegionCheck, m_window.get(), u"checkOtherRegionCheck"_s);
    checkOtherRegionCheck->setChecked(true);
    CIO_CHILD(QPushButton, checkAppKeyButton, m_window.get(), u"checkAppKeyButton"_s);
    checkAppKeyButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(text(u"appKeyResult"_s).contains(u"US App API host: accepted"_s), Timeout);
    QVERIFY(text(u"appKeyResult"_s).contains(u"EU App API host: rejected (401)"_s));
    QVERIFY2(diagnosis->text().contains(u"belongs to a workspace of another account"_s), qPrintable(diagnosis->text()));
    shootPanel(u"panel-mismatch-app-key"_s);

    // The right key, checked on the other region's host as well: refused there, as expected; no finding.
    QVERIFY(select(u"Demo EU"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    CIO_CHILD(QCheckBox, checkOtherRegionCheck2, m_window.get(), u"checkOtherRegionCheck"_s);
    checkOtherRegionCheck2->setChecked(true);
    CIO_CHILD(QPushButton, checkAppKeyButton2, m_window.get(), u"checkAppKeyButton"_s);
    checkAppKeyButton2->click();
    QTRY_VERIFY_WITH_TIMEOUT(text(u"appKeyResult"_s).contains(u"US App API host: refused (401)"_s), Timeout);
    QVERIFY(text(u"appKeyResult"_s).contains(u"as expected"_s));
    QVERIFY2(!diagnosis->isVisible() || !diagnosis->text().contains(u"Region mismatch"_s),
             qPrintable(diagnosis->text()));

    // An EU account's call through the US host is diagnosed from the log.
    compose(u"Customer event"_s, u"ada@example.com"_s, u"purchased"_s, u"{}"_s, u"US host"_s);
    CIO_CHILD(QPushButton, sendButton, m_window.get(), u"sendButton"_s);
    QTest::mouseClick(sendButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(diagnosis->text().contains(u"The last call of this EU account arrived through the US "
                                                        "host"_s),
                             Timeout);
    shootPanel(u"panel-mismatch-transit"_s);

    // A US workspace filed under the EU account: the account's workspaces disagree.
    QVERIFY(select(u"Demo US · filed under Demo EU account"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"United States (us)"_s, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(diagnosis->text().contains(u"Workspaces of account \"Demo EU account\" disagree"_s),
                             Timeout);
    shootPanel(u"panel-mismatch-account"_s);
}

// --- workspaces and credentials -----------------------------------------------------------------------------

void TestMainWindow::shootDialog(QDialog *dialog, const QString &state)
{
    const QString dir = qEnvironmentVariable("CIO_UI_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    QVERIFY(dialog->grab().save(dir + u"/workspace-dialog-"_s + state + u".png"_s));
}

QDialog *TestMainWindow::workspaceDialog() const
{
    auto *dialog = m_window->findChild<QDialog *>(u"workspaceDialog"_s);
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void TestMainWindow::seedWorkspace(const Workspace &workspace, const QString &trackKey, const QString &appKey)
{
    {
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        WorkspaceRepository(&settings).save(workspace);
    }
    int written = 0;
    m_keychain->write(CredentialStore::entryKey(workspace.name, SecretKind::TrackApiKey), trackKey, this,
                      [&written](const CredentialResult &) { ++written; });
    if (!appKey.isEmpty())
        m_keychain->write(CredentialStore::entryKey(workspace.name, SecretKind::AppApiKey), appKey, this,
                          [&written](const CredentialResult &) { ++written; });
    QTRY_COMPARE(written, appKey.isEmpty() ? 1 : 2);
}

void TestMainWindow::addWorkspaceChecksTheCredentialsFirst()
{
    m_window = makeWindow();
    m_window->leaveSandbox(); // the keys go to the configured hosts and the keychain
    m_window->openAddWorkspaceDialog();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = workspaceDialog()));
    CIO_CHILD(QLineEdit, nameEdit, dialog, u"nameEdit"_s);
    QTest::keyClicks(nameEdit, u"Production"_s);
    CIO_CHILD(QLineEdit, siteIdEdit, dialog, u"siteIdEdit"_s);
    QTest::keyClicks(siteIdEdit, u"demo-eu-site"_s);
    CIO_CHILD(QLineEdit, accountEdit, dialog, u"accountEdit"_s);
    QTest::keyClicks(accountEdit, u"Acme"_s);
    CIO_CHILD(QLineEdit, trackKeyEdit, dialog, u"trackKeyEdit"_s);
    QTest::keyClicks(trackKeyEdit, u"not-the-key"_s);
    // The check takes a moment: the dialog says what it is doing, and nothing can be changed meanwhile.
    m_configured.server.setFault(SandboxServer::Host::TrackUs, SandboxServer::Fault::Delay, 1500);
    CIO_CHILD(QPushButton, addWorkspaceOkButton, dialog, u"addWorkspaceOkButton"_s);
    QTest::mouseClick(addWorkspaceOkButton, Qt::LeftButton);
    CIO_CHILD(QLabel, message, dialog, u"storeMessage"_s);
    QCOMPARE(plainText(message), u"Checking the Site ID and Track API key with Customer.io…"_s);
    CIO_CHILD(QLineEdit, siteIdEdit2, dialog, u"siteIdEdit"_s);
    QVERIFY(!siteIdEdit2->isEnabled());
    CIO_CHILD(QPushButton, addWorkspaceOkButton2, dialog, u"addWorkspaceOkButton"_s);
    QVERIFY(!addWorkspaceOkButton2->isEnabled());
    CIO_CHILD(QPushButton, addWorkspaceCancelButton, dialog, u"addWorkspaceCancelButton"_s);
    QVERIFY(addWorkspaceCancelButton->isEnabled()); // Cancel works at any time
    shootDialog(dialog, u"checking"_s);

    // 401: nothing is stored, the form is editable again and says why.
    QTRY_VERIFY_WITH_TIMEOUT(plainText(message).startsWith(u"The workspace was not added"_s), Timeout);
    m_configured.server.setFault(SandboxServer::Host::TrackUs, SandboxServer::Fault::None);
    QVERIFY2(plainText(message).contains(u"Site ID or Track API key rejected by Customer.io (401 from"_s),
             qPrintable(plainText(message)));
    CIO_CHILD(QPushButton, sessionOnlyButton, dialog, u"sessionOnlyButton"_s);
    QVERIFY(!sessionOnlyButton->isVisible());
    CIO_CHILD(QLineEdit, siteIdEdit3, dialog, u"siteIdEdit"_s);
    QVERIFY(siteIdEdit3->isEnabled());
    QVERIFY(!m_keychain->contains(u"Production/track-api-key"_s));
    QVERIFY(!settingsText().contains(u"Production"_s));
    shootDialog(dialog, u"rejected"_s);

    // The right key: stored, with the region learned from the check and the account.
    CIO_CHILD(QLineEdit, key, dialog, u"trackKeyEdit"_s);
    key->selectAll();
    QTest::keyClicks(key, EuKey);
    CIO_CHILD(QPushButton, addWorkspaceOkButton3, dialog, u"addWorkspaceOkButton"_s);
    QTest::mouseClick(addWorkspaceOkButton3, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_keychain->contains(u"Production/track-api-key"_s), Timeout);
    const std::optional<Workspace> saved =
        WorkspaceRepository(std::make_unique<QSettings>(m_settingsPath, QSettings::IniFormat).get())
            .find(u"Production"_s);
    QVERIFY(saved);
    QCOMPARE(saved->account, u"Acme"_s);
    QCOMPARE(saved->region, Region::Eu);
    QCOMPARE(saved->environmentId, qint64(201));

    // Customer.io cannot be reached: added, with the region unknown and a warning.
    m_configured.server.setFault(SandboxServer::Host::TrackUs, SandboxServer::Fault::ServerError);
    m_window->openAddWorkspaceDialog();
    QTRY_VERIFY((dialog = workspaceDialog()));
    CIO_CHILD(QLineEdit, nameEdit2, dialog, u"nameEdit"_s);
    QTest::keyClicks(nameEdit2, u"Production"_s);
    CIO_CHILD(QLabel, nameError, dialog, u"nameError"_s);
    CIO_CHILD(QLineEdit, nameEdit3, dialog, u"nameEdit"_s);
    QVERIFY(nameError->isVisible()); // taken
    nameEdit3->clear();
    CIO_CHILD(QLineEdit, nameEdit4, dialog, u"nameEdit"_s);
    QTest::keyClicks(nameEdit4, u"Staging"_s);
    CIO_CHILD(QLineEdit, siteIdEdit4, dialog, u"siteIdEdit"_s);
    QTest::keyClicks(siteIdEdit4, u"demo-us-site"_s);
    CIO_CHILD(QLineEdit, trackKeyEdit2, dialog, u"trackKeyEdit"_s);
    QTest::keyClicks(trackKeyEdit2, UsKey);
    CIO_CHILD(QPushButton, addWorkspaceOkButton4, dialog, u"addWorkspaceOkButton"_s);
    QTest::mouseClick(addWorkspaceOkButton4, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!workspaceDialog(), Timeout);
    m_configured.server.setFault(SandboxServer::Host::TrackUs, SandboxServer::Fault::None);
    QVERIFY2(
        m_window->statusBar()->currentMessage().contains(u"Warning: the credentials could not be checked (HTTP 503"_s),
        qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(listedWorkspaces(), (QStringList {u"Production"_s, u"Staging"_s}));
    QVERIFY(m_keychain->contains(u"Staging/track-api-key"_s));
    QCOMPARE(WorkspaceRepository(std::make_unique<QSettings>(m_settingsPath, QSettings::IniFormat).get())
                 .find(u"Staging"_s)
                 ->region,
             Region::Unknown);
}

void TestMainWindow::keychainUnavailableOffersSessionOnly()
{
    // The real keychain store, with no D-Bus session to talk to (see initTestCase).
    KeychainCredentialStore keychain(u"io.github.regionconsole.RegionConsole.test"_s, 5000);
    m_window = std::make_unique<MainWindow>(windowOptions(&keychain));
    m_window->show();
    m_window->leaveSandbox(); // the keys go to the configured hosts and the keychain
    m_window->openAddWorkspaceDialog();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = workspaceDialog()));
    CIO_CHILD(QLineEdit, nameEdit, dialog, u"nameEdit"_s);
    QTest::keyClicks(nameEdit, u"Production"_s);
    CIO_CHILD(QLineEdit, siteIdEdit, dialog, u"siteIdEdit"_s);
    QTest::keyClicks(siteIdEdit, u"demo-eu-site"_s);
    CIO_CHILD(QLineEdit, trackKeyEdit, dialog, u"trackKeyEdit"_s);
    QTest::keyClicks(trackKeyEdit, EuKey);
    CIO_CHILD(QLineEdit, appKeyEdit, dialog, u"appKeyEdit"_s);
    QTest::keyClicks(appKeyEdit, u"demo-eu-app-key"_s);
    CIO_CHILD(QPushButton, addWorkspaceOkButton, dialog, u"addWorkspaceOkButton"_s);
    QTest::mouseClick(addWorkspaceOkButton, Qt::LeftButton);

    CIO_CHILD(QLabel, message, dialog, u"storeMessage"_s);
    CIO_CHILD(QPushButton, sessionOnly, dialog, u"sessionOnlyButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(sessionOnly->isVisible(), Timeout);
    QVERIFY2(plainText(message).contains(u"secure storage unavailable: no D-Bus session bus"_s),
             qPrintable(plainText(message)));
    QVERIFY(plainText(message).contains(u"for this session only"_s));
    QCOMPARE(sessionOnly->text(), u"Use for this &session only"_s);
    shootDialog(dialog, u"keychain-unavailable"_s);

    // Editing a field makes the offer stale; submitting again brings it back.
    CIO_CHILD(QLineEdit, nameEdit2, dialog, u"nameEdit"_s);
    QTest::keyClick(nameEdit2, Qt::Key_Space);
    QVERIFY(!sessionOnly->isVisible());
    CIO_CHILD(QLineEdit, nameEdit3, dialog, u"nameEdit"_s);
    QTest::keyClick(nameEdit3, Qt::Key_Backspace);
    CIO_CHILD(QPushButton, addWorkspaceOkButton2, dialog, u"addWorkspaceOkButton"_s);
    QTest::mouseClick(addWorkspaceOkButton2, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(sessionOnly->isVisible(), Timeout);

    QTest::mouseClick(sessionOnly, Qt::LeftButton);
    QTRY_VERIFY(!workspaceDialog());
    QVERIFY(!m_window->isOnSandbox());
    QCOMPARE(listedWorkspaces(), QStringList {u"Production"_s});
    QVERIFY(m_window->currentWorkspace()->sessionOnly);
    QVERIFY(m_window->currentWorkspace()->hasAppApiKey);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"for this session only"_s));
    // The key in memory works: the region is checked with it.
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    // Nothing on disk.
    QVERIFY(!settingsText().contains(u"Production"_s));
    QVERIFY(!settingsText().contains(u"demo-eu-app-key"_s));
    m_window.reset(); // before the store it points to
}

void TestMainWindow::lockedKeychainOffersSessionOnly()
{
    LockedStore keychain;
    m_window = std::make_unique<MainWindow>(windowOptions(&keychain));
    m_window->show();
    m_window->leaveSandbox(); // the keys go to the configured hosts and the keychain
    m_window->openAddWorkspaceDialog();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = workspaceDialog()));
    CIO_CHILD(QLineEdit, nameEdit, dialog, u"nameEdit"_s);
    QTest::keyClicks(nameEdit, u"Production"_s);
    CIO_CHILD(QLineEdit, siteIdEdit, dialog, u"siteIdEdit"_s);
    QTest::keyClicks(siteIdEdit, u"demo-us-site"_s);
    CIO_CHILD(QLineEdit, trackKeyEdit, dialog, u"trackKeyEdit"_s);
    QTest::keyClicks(trackKeyEdit, UsKey);
    CIO_CHILD(QPushButton, addWorkspaceOkButton, dialog, u"addWorkspaceOkButton"_s);
    QTest::mouseClick(addWorkspaceOkButton, Qt::LeftButton);
    CIO_CHILD(QLabel, message, dialog, u"storeMessage"_s);
    CIO_CHILD(QPushButton, sessionOnly, dialog, u"sessionOnlyButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(sessionOnly->isVisible(), Timeout);
    QVERIFY2(plainText(message).startsWith(u"The workspace was not added: the keyring is locked"_s),
             qPrintable(plainText(message)));
    QVERIFY(!plainText(message).contains(u"unavailable"_s));
    shootDialog(dialog, u"keychain-locked"_s);
    QTest::mouseClick(sessionOnly, Qt::LeftButton);
    QTRY_VERIFY(!workspaceDialog());
    QCOMPARE(listedWorkspaces(), QStringList {u"Production"_s});
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"United States (us)"_s, Timeout);
    QVERIFY(!settingsText().contains(u"Production"_s));
    m_window.reset();
}

void TestMainWindow::editWorkspaceRenamesAndMovesItsKeys()
{
    Workspace w;
    w.name = u"Production"_s;
    w.siteId = u"demo-eu-site"_s;
    w.hasAppApiKey = true;
    seedWorkspace(w, EuKey, u"demo-eu-app-key"_s);
    Workspace other;
    other.name = u"Staging"_s;
    other.siteId = u"demo-us-site"_s;
    seedWorkspace(other, UsKey);
    {
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        ComposedCall call;
        call.name = u"signed_up"_s;
        QCOMPARE(CallTemplates(&settings).save(u"Production"_s, u"Signup"_s, call), QString());
    }

    m_window = makeWindow();
    QVERIFY(select(u"Production"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    CIO_CHILD(QAction, edit, m_window.get(), u"editWorkspaceAction"_s);
    QVERIFY(edit->isEnabled());
    CIO_CHILD(QMenu, workspaceMenu, m_window.get(), u"workspaceMenu"_s);
    QVERIFY(workspaceMenu->actions().contains(edit));
    edit->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = workspaceDialog()));
    QCOMPARE(dialog->windowTitle(), u"Edit workspace"_s);
    CIO_CHILD(QLineEdit, name, dialog, u"nameEdit"_s);
    QCOMPARE(name->text(), u"Production"_s);
    CIO_CHILD(QLineEdit, siteIdEdit, dialog, u"siteIdEdit"_s);
    QCOMPARE(siteIdEdit->text(), u"demo-eu-site"_s);
    // The keys are never shown: empty fields keep them.
    CIO_CHILD(QLineEdit, trackKeyEdit, dialog, u"trackKeyEdit"_s);
    QVERIFY(trackKeyEdit->text().isEmpty());
    CIO_CHILD(QLineEdit, trackKeyEdit2, dialog, u"trackKeyEdit"_s);
    QVERIFY(trackKeyEdit2->placeholderText().startsWith(u"unchanged"_s));
    CIO_CHILD(QCheckBox, removeAppKeyCheck, dialog, u"removeAppKeyCheck"_s);
    QVERIFY(removeAppKeyCheck->isVisible());
    CIO_CHILD(QPushButton, save, dialog, u"editWorkspaceOkButton"_s);
    QVERIFY(!save->isEnabled()); // nothing changed yet

    // Another workspace's name is taken.
    name->selectAll();
    QTest::keyClicks(name, u"Staging"_s);
    CIO_CHILD(QLabel, nameError, dialog, u"nameError"_s);
    QVERIFY(nameError->isVisible());
    QVERIFY(!save->isEnabled());
    name->selectAll();
    QTest::keyClicks(name, u"Production EU"_s);
    CIO_CHILD(QLineEdit, accountEdit, dialog, u"accountEdit"_s);
    QTest::keyClicks(accountEdit, u"Acme"_s);
    QVERIFY(save->isEnabled());
    shootDialog(dialog, u"edit"_s);
    const int regionCalls = countCalls(CallKind::Region);
    QTest::mouseClick(save, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!workspaceDialog(), Timeout);
    QCOMPARE(listedWorkspaces(), (QStringList {u"Production EU"_s, u"Staging"_s}));
    QCOMPARE(m_window->currentWorkspace()->name, u"Production EU"_s);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Renamed workspace \"Production\" to \"Production EU\"; its keys moved with it."_s);
    QVERIFY(m_keychain->contains(u"Production EU/track-api-key"_s));
    QVERIFY(m_keychain->contains(u"Production EU/app-api-key"_s));
    QVERIFY(!m_keychain->contains(u"Production/track-api-key"_s));
    QVERIFY(!m_keychain->contains(u"Production/app-api-key"_s));
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    WorkspaceRepository repository(&settings);
    QVERIFY(!repository.find(u"Production"_s));
    const std::optional<Workspace> saved = repository.find(u"Production EU"_s);
    QVERIFY(saved);
    QCOMPARE(saved->account, u"Acme"_s);
    QCOMPARE(saved->region, Region::Eu); // same credentials: still known
    QCOMPARE(repository.list().first().name, u"Production EU"_s); // in its place
    QCOMPARE(CallTemplates(&settings).names(u"Production EU"_s), QStringList {u"Signup"_s});
    QVERIFY(CallTemplates(&settings).names(u"Production"_s).isEmpty());
    // The renamed workspace is checked again with its key from the new entry.
    QTRY_VERIFY_WITH_TIMEOUT(countCalls(CallKind::Region) > regionCalls, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);

    // On the sandbox the demo workspaces can be edited too (in memory).
    m_window->enterSandbox();
    QVERIFY(select(u"Demo US"_s));
    CIO_CHILD(QAction, editWorkspaceAction, m_window.get(), u"editWorkspaceAction"_s);
    editWorkspaceAction->trigger();
    QTRY_VERIFY((dialog = workspaceDialog()));
    CIO_CHILD(QLineEdit, account, dialog, u"accountEdit"_s);
    QCOMPARE(account->text(), u"Demo US account"_s);
    account->selectAll();
    QTest::keyClicks(account, u"Demo"_s);
    CIO_CHILD(QPushButton, editWorkspaceOkButton, dialog, u"editWorkspaceOkButton"_s);
    QTest::mouseClick(editWorkspaceOkButton, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!workspaceDialog(), Timeout);
    QCOMPARE(m_window->currentWorkspace()->account, u"Demo"_s);
    QVERIFY(!settingsText().contains(u"Demo US"_s));
}

void TestMainWindow::editWorkspaceRotatesKeysAndRelearnsTheRegion()
{
    Workspace w;
    w.name = u"Production"_s;
    w.siteId = u"demo-eu-site"_s;
    w.hasAppApiKey = true;
    seedWorkspace(w, EuKey, u"demo-eu-app-key"_s);
    m_window = makeWindow();
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    QCOMPARE(text(u"workspaceIdValue"_s), u"201"_s);

    const auto openEdit = [this]() -> QDialog * {
        QAction *edit = CIO_CHILD_OR_FAIL(QAction, m_window.get(), u"editWorkspaceAction"_s);
        if (!edit)
            return nullptr;
        edit->trigger();
        QDialog *dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = workspaceDialog())); }();
        return dialog;
    };
    const auto readKey = [this](const QString &entry) {
        std::optional<QString> key;
        m_keychain->read(entry, this, [&key](const CredentialResult &r) { key = r.ok() ? r.secret : QString(); });
        [&] { QTRY_VERIFY(key.has_value()); }();
        return key.value_or(QString());
    };

    // A Track API key Customer.io rejects: nothing changes.
    QDialog *dialog = openEdit();
    CIO_CHILD(QLineEdit, track, dialog, u"trackKeyEdit"_s);
    QCOMPARE(track->echoMode(), QLineEdit::Password);
    QTest::keyClicks(track, u"rotated-but-wrong"_s);
    CIO_CHILD(QPushButton, editWorkspaceOkButton, dialog, u"editWorkspaceOkButton"_s);
    QTest::mouseClick(editWorkspaceOkButton, Qt::LeftButton);
    CIO_CHILD(QLabel, message, dialog, u"storeMessage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(plainText(message).startsWith(u"Nothing was changed"_s), Timeout);
    QVERIFY2(plainText(message).contains(u"Site ID or Track API key rejected by Customer.io (401"_s),
             qPrintable(plainText(message)));
    QCOMPARE(readKey(u"Production/track-api-key"_s), EuKey);
    shootDialog(dialog, u"edit-rejected"_s);

    // A new Site ID with the stored key: checked with that key, rejected too.
    track->clear();
    CIO_CHILD(QLineEdit, site, dialog, u"siteIdEdit"_s);
    site->selectAll();
    QTest::keyClicks(site, u"demo-us-site"_s);
    CIO_CHILD(QPushButton, editWorkspaceOkButton2, dialog, u"editWorkspaceOkButton"_s);
    QTest::mouseClick(editWorkspaceOkButton2, Qt::LeftButton);
    CIO_CHILD(QPushButton, editWorkspaceOkButton3, dialog, u"editWorkspaceOkButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        plainText(message).contains(u"rejected by Customer.io"_s) && editWorkspaceOkButton3->isEnabled(), Timeout);
    QCOMPARE(m_window->currentWorkspace()->siteId, u"demo-eu-site"_s);

    // The new Site ID with its own Track API key, and a new App API key: checked, saved, region learned anew.
    QTest::keyClicks(track, UsKey);
    CIO_CHILD(QLineEdit, appKeyEdit, dialog, u"appKeyEdit"_s);
    // An App API key is checked like the Track key: one the US App API host refuses is not saved.
    QTest::keyClicks(appKeyEdit, u"not-an-app-key"_s);
    CIO_CHILD(QPushButton, editWorkspaceOkButtonApp, dialog, u"editWorkspaceOkButton"_s);
    QTest::mouseClick(editWorkspaceOkButtonApp, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(plainText(message).contains(u"rejects the App API key"_s), Timeout);
    appKeyEdit->clear();
    QTest::keyClicks(appKeyEdit, u"demo-us-app-key"_s);
    CIO_CHILD(QPushButton, editWorkspaceOkButton4, dialog, u"editWorkspaceOkButton"_s);
    QTest::mouseClick(editWorkspaceOkButton4, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!workspaceDialog(), Timeout);
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Saved the changes to workspace \"Production\"."_s);
    QCOMPARE(readKey(u"Production/track-api-key"_s), UsKey);
    QCOMPARE(readKey(u"Production/app-api-key"_s), u"demo-us-app-key"_s);
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"United States (us)"_s, Timeout);
    QCOMPARE(text(u"workspaceIdValue"_s), u"101"_s);
    {
        QSettings settings(m_settingsPath, QSettings::IniFormat);
        const std::optional<Workspace> saved = WorkspaceRepository(&settings).find(u"Production"_s);
        QCOMPARE(saved->siteId, u"demo-us-site"_s);
        QCOMPARE(saved->region, Region::Us);
        QCOMPARE(saved->environmentId, qint64(101));
    }
    QVERIFY(!settingsText().contains(u"demo-us-app-key"_s));

    // The App API key removed.
    dialog = openEdit();
    CIO_CHILD(QCheckBox, remove, dialog, u"removeAppKeyCheck"_s);
    remove->setChecked(true);
    CIO_CHILD(QLineEdit, appKeyEdit2, dialog, u"appKeyEdit"_s);
    QVERIFY(!appKeyEdit2->isEnabled());
    CIO_CHILD(QPushButton, editWorkspaceOkButton5, dialog, u"editWorkspaceOkButton"_s);
    QTest::mouseClick(editWorkspaceOkButton5, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!workspaceDialog(), Timeout);
    QVERIFY(!m_keychain->contains(u"Production/app-api-key"_s));
    QVERIFY(!m_window->currentWorkspace()->hasAppApiKey);
    dialog = openEdit();
    CIO_CHILD(QCheckBox, removeAppKeyCheck, dialog, u"removeAppKeyCheck"_s);
    QVERIFY(!removeAppKeyCheck->isVisible());
    dialog->reject();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
