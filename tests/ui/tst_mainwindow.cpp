// Offscreen test of the main window on real parts: the built-in sandbox over loopback sockets, a
// MemoryCredentialStore standing in for the keychain of configured workspaces, a temporary settings file,
// and a KeychainCredentialStore without any D-Bus session for the "secure storage unavailable" path.

#include "delegates.h"
#include "keychaincredentialstore.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "requestdetail.h"
#include "requestlogmodel.h"
#include "sandboxserver.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFrame>
#include <QHeaderView>
#include <QHelpEvent>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolTip>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 10000;

const QString EuKey = u"demo-eu-track-key"_s;
const QString UsKey = u"demo-us-track-key"_s;
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnSandboxWithoutWorkspace();
    void euWorkspaceShowsEuropeanUnion();
    void eventViaUsHostIsRedirectedToEu();
    void invalidJsonDisablesSend_data();
    void invalidJsonDisablesSend();
    void badCredentialsShowUnknown();
    void addWorkspaceStoresKeyAndLeavesSandbox();
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
    void addWorkspaceDialogPointsToApiCredentials();
    void addWorkspaceWithAppKeySaysKeys();
    void detailKeepsPercentEncodedUrls();

private:
    std::unique_ptr<MainWindow> makeWindow(bool startOnSandbox = false);
    template<typename T> T *child(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }
    QString text(const QString &labelName) const { return child<QLabel>(labelName)->text(); }
    bool select(const QString &workspace);
    QStringList listedWorkspaces() const;
    RequestLogModel *logModel() const;
    void compose(const QString &callType, const QString &identifier, const QString &name, const QString &json,
                 const QString &via);
    QString settingsText() const;
    int countCalls(CallKind kind) const;
    QPoint posInWindow(const QWidget *widget) const { return widget->mapTo(m_window.get(), QPoint(0, 0)); }

    QTemporaryDir m_dir;
    QString m_settingsPath;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    std::unique_ptr<SandboxServer> m_configuredServer; // what "configured" workspaces talk to
    EndpointTable m_configuredEndpoints;
    std::unique_ptr<MainWindow> m_window;
    int m_run = 0;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"RegionConsoleTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    // No keychain is reachable from this process: KeychainCredentialStore must answer "unavailable".
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_dir.filePath(u"no-bus"_s).toLocal8Bit());
    qunsetenv("CIO_CONSOLE_ENDPOINTS");
    QVERIFY(m_dir.isValid());

    // Configured workspaces use the endpoint table of a second sandbox, so nothing leaves the machine.
    m_configuredServer = std::make_unique<SandboxServer>();
    QString error;
    QVERIFY2(m_configuredServer->start({0, 0, 0, 0}, &error), qPrintable(error));
    QVERIFY2(EndpointTable::fromJson(m_configuredServer->endpointsJson(), &m_configuredEndpoints, &error),
             qPrintable(error));
}

void TestMainWindow::init()
{
    m_settingsPath = m_dir.filePath(u"settings-%1.ini"_s.arg(++m_run));
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
}

std::unique_ptr<MainWindow> TestMainWindow::makeWindow(bool startOnSandbox)
{
    MainWindow::Options options;
    options.startOnSandbox = startOnSandbox;
    options.settingsPath = m_settingsPath;
    options.credentialStore = m_keychain.get();
    options.endpoints = m_configuredEndpoints;
    auto window = std::make_unique<MainWindow>(options);
    window->show();
    return window;
}

bool TestMainWindow::select(const QString &workspace)
{
    auto *list = child<QListWidget>(u"workspaceList"_s);
    const QList<QListWidgetItem *> items = list->findItems(workspace, Qt::MatchExactly);
    if (items.size() != 1)
        return false;
    list->setCurrentItem(items.first());
    return true;
}

QStringList TestMainWindow::listedWorkspaces() const
{
    QStringList names;
    auto *list = m_window->findChild<QListWidget *>(u"workspaceList"_s);
    for (int row = 0; row < list->count(); ++row)
        names << list->item(row)->text();
    return names;
}

RequestLogModel *TestMainWindow::logModel() const
{
    auto *view = m_window->findChild<QTableView *>(u"requestLogView"_s);
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
    return qobject_cast<RequestLogModel *>(proxy->sourceModel());
}

void TestMainWindow::compose(const QString &callType, const QString &identifier, const QString &name,
                             const QString &json, const QString &via)
{
    auto *kind = child<QComboBox>(u"callTypeCombo"_s);
    kind->setCurrentIndex(kind->findText(callType));
    QVERIFY(kind->currentText() == callType);
    auto *identifierEdit = child<QLineEdit>(u"identifierEdit"_s);
    identifierEdit->clear();
    QTest::keyClicks(identifierEdit, identifier);
    auto *nameEdit = child<QLineEdit>(u"eventNameEdit"_s);
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    child<QPlainTextEdit>(u"jsonEdit"_s)->setPlainText(json);
    auto *viaCombo = child<QComboBox>(u"sendViaCombo"_s);
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

    auto *banner = child<QFrame>(u"sandboxBanner"_s);
    QVERIFY(banner->isVisible());
    QCOMPARE(text(u"sandboxBannerText"_s),
             u"Sandbox: two demo accounts (US and EU) on this machine; nothing is sent to Customer.io."_s);
    auto *bannerAdd = child<QPushButton>(u"bannerAddWorkspaceButton"_s);
    QVERIFY(bannerAdd->isVisible());
    QCOMPARE(bannerAdd->text(), u"Add workspace"_s);
    QVERIFY(!bannerAdd->accessibleName().isEmpty());

    auto *add = child<QAction>(u"addWorkspaceAction"_s);
    QCOMPARE(add->text(), u"Add workspace"_s);
    QVERIFY(add->isEnabled());
    auto *sandbox = child<QAction>(u"sandboxAction"_s);
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
    QVERIFY(child<QFrame>(u"emptyBanner"_s)->isVisible());
    QVERIFY(!banner->isVisible());
    QCOMPARE(child<QPushButton>(u"emptyAddWorkspaceButton"_s)->text(), u"Add workspace"_s);
    auto *trySandbox = child<QPushButton>(u"emptyTrySandboxButton"_s);
    QCOMPARE(trySandbox->text(), u"Try the sandbox"_s);
    QCOMPARE(text(u"regionValue"_s), u"No workspace selected"_s);

    QTest::mouseClick(trySandbox, Qt::LeftButton);
    QVERIFY(m_window->isOnSandbox());
    QVERIFY(sandbox->isChecked());
    QCOMPARE(listedWorkspaces().size(), 2);
    // The sandbox keys never reach settings: nothing was saved at all.
    QVERIFY(QSettings(m_settingsPath, QSettings::IniFormat).value(u"workspaces/size"_s, 0).toInt() == 0);
}

void TestMainWindow::euWorkspaceShowsEuropeanUnion()
{
    m_window = makeWindow();
    QVERIFY(select(u"Demo EU"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    QCOMPARE(text(u"workspaceIdValue"_s), u"201"_s);
    QCOMPARE(text(u"dataCenterValue"_s), u"EU"_s);
    SandboxServer *sandbox = m_window->sandbox();
    QCOMPARE(text(u"trackHostValue"_s), sandbox->baseUrl(SandboxServer::Host::TrackEu).toString());
    QCOMPARE(text(u"appHostValue"_s), sandbox->baseUrl(SandboxServer::Host::ApiEu).toString());
    QVERIFY2(text(u"regionState"_s).contains(u"Verified"_s), qPrintable(text(u"regionState"_s)));
    QVERIFY(text(u"routeValue"_s).contains(EndpointTable::hostLabel(sandbox->baseUrl(SandboxServer::Host::TrackEu))));

    // The badge in the list follows the detection; the demo workspace is never saved.
    auto *list = child<QListWidget>(u"workspaceList"_s);
    QCOMPARE(Region(list->currentItem()->data(WorkspaceRoles::RegionRole).toInt()), Region::Eu);
    QCOMPARE(m_window->currentWorkspace()->environmentId, qint64(201));
    QVERIFY(!settingsText().contains(u"Demo EU"_s));

    // The region call is in the log.
    RequestLogModel *log = logModel();
    bool found = false;
    for (int row = 0; row < log->rowCount(); ++row) {
        const RequestRecord r = log->recordAt(row);
        found = found || (r.call == CallKind::Region && r.workspace == u"Demo EU" && r.status == 200);
    }
    QVERIFY(found);
}

void TestMainWindow::eventViaUsHostIsRedirectedToEu()
{
    m_window = makeWindow();
    QVERIFY(select(u"Demo EU"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);

    compose(u"Customer event"_s, u"ada@example.com"_s, u"purchased"_s, u"{\"plan\": \"pro\"}"_s, u"US host"_s);
    auto *send = child<QPushButton>(u"sendButton"_s);
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
    auto *view = child<QTableView>(u"requestLogView"_s);
    QCOMPARE(view->model()->index(0, RequestLogModel::Call).data().toString(), u"event"_s);
    QCOMPARE(view->currentIndex().row(), 0);

    // The new row is selected and the detail pane shows it, with the key masked.
    const QString detail = child<QTextEdit>(u"requestDetail"_s)->toPlainText();
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
    auto *send = child<QPushButton>(u"sendButton"_s);
    QVERIFY(send->isEnabled());

    const int rowsBefore = logModel()->rowCount();
    child<QPlainTextEdit>(u"jsonEdit"_s)->setPlainText(json);
    QVERIFY(!send->isEnabled());
    auto *problems = child<QLabel>(u"composerProblems"_s);
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().startsWith(u"Event data: invalid JSON at "_s + position), qPrintable(problems->text()));
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(logModel()->rowCount(), rowsBefore);

    // Fixing the JSON enables Send again.
    child<QPlainTextEdit>(u"jsonEdit"_s)->setPlainText(u"{\"plan\": \"pro\"}"_s);
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
    for (const QLabel *label : m_window->findChild<QWidget *>(u"dataPrivacyPanel"_s)->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains(u"United States"_s), qPrintable(label->text()));
    QCOMPARE(m_window->currentWorkspace()->region, Region::Unknown);
    // The composer says where a call goes while the region is not known: the US host, no warning.
    const QString usHost = EndpointTable::hostLabel(m_window->sandbox()->baseUrl(SandboxServer::Host::TrackUs));
    QCOMPARE(text(u"sendViaTarget"_s), u"→ US host: "_s + usHost);
    QVERIFY2(text(u"sendViaWarning"_s).startsWith(u"Region not verified yet"_s), qPrintable(text(u"sendViaWarning"_s)));
    auto *list = child<QListWidget>(u"workspaceList"_s);
    QCOMPARE(Region(list->currentItem()->data(WorkspaceRoles::RegionRole).toInt()), Region::Unknown);
}

void TestMainWindow::addWorkspaceStoresKeyAndLeavesSandbox()
{
    m_window = makeWindow();
    QVERIFY(m_window->isOnSandbox());
    child<QAction>(u"addWorkspaceAction"_s)->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"workspaceDialog"_s)) && dialog->isVisible());
    auto *ok = dialog->findChild<QPushButton *>(u"addWorkspaceOkButton"_s);
    QVERIFY(!ok->isEnabled());

    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"Production"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"siteIdEdit"_s), u"demo-eu-site"_s);
    auto *keyEdit = dialog->findChild<QLineEdit *>(u"trackKeyEdit"_s);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(keyEdit, EuKey);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isOnSandbox(), Timeout);
    QTRY_VERIFY(m_window->findChild<QDialog *>(u"workspaceDialog"_s) == nullptr);
    QCOMPARE(listedWorkspaces(), QStringList {u"Production"_s});
    QVERIFY(m_keychain->contains(u"Production/track-api-key"_s));
    QVERIFY(!m_keychain->contains(u"Production/app-api-key"_s));
    QVERIFY(settingsText().contains(u"Production"_s));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Added workspace \"Production\"; its key is in the system keychain."_s);

    // Selected at once, and checked against the configured endpoint table.
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    QCOMPARE(text(u"trackHostValue"_s), m_configuredServer->baseUrl(SandboxServer::Host::TrackEu).toString());
    const std::optional<Workspace> saved =
        WorkspaceRepository(std::make_unique<QSettings>(m_settingsPath, QSettings::IniFormat).get())
            .find(u"Production"_s);
    QVERIFY(saved);
    QCOMPARE(saved->region, Region::Eu);
    QCOMPARE(saved->environmentId, qint64(201));
    QVERIFY(saved->verifiedAt.isValid());
}

void TestMainWindow::addWorkspaceValidatesFields()
{
    m_window = makeWindow();
    m_window->openAddWorkspaceDialog();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"workspaceDialog"_s)) && dialog->isVisible());
    auto *ok = dialog->findChild<QPushButton *>(u"addWorkspaceOkButton"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"Staging"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"siteIdEdit"_s), u"site:id"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"trackKeyEdit"_s), u"a key"_s);
    auto *siteError = dialog->findChild<QLabel *>(u"siteIdError"_s);
    auto *keyError = dialog->findChild<QLabel *>(u"trackKeyError"_s);
    QVERIFY(siteError->isVisible());
    QVERIFY2(siteError->text().startsWith(u"Site ID:"_s), qPrintable(siteError->text()));
    QVERIFY(keyError->isVisible());
    QVERIFY2(keyError->text().startsWith(u"Track API key:"_s), qPrintable(keyError->text()));
    QVERIFY(!dialog->findChild<QLabel *>(u"nameError"_s)->isVisible());
    QVERIFY(!ok->isEnabled());

    auto *siteEdit = dialog->findChild<QLineEdit *>(u"siteIdEdit"_s);
    siteEdit->selectAll();
    QTest::keyClicks(siteEdit, u"siteid"_s);
    auto *keyEdit = dialog->findChild<QLineEdit *>(u"trackKeyEdit"_s);
    keyEdit->selectAll();
    QTest::keyClicks(keyEdit, u"akey"_s);
    QVERIFY(!siteError->isVisible());
    QVERIFY(ok->isEnabled());
    dialog->reject();
    QVERIFY(!m_keychain->contains(u"Staging/track-api-key"_s));
}

void TestMainWindow::keychainUnavailableAddsNothing()
{
    // The real keychain store, with no D-Bus session to talk to (see initTestCase).
    KeychainCredentialStore keychain(u"io.github.regionconsole.RegionConsole.test"_s, 5000);
    MainWindow::Options options;
    options.settingsPath = m_settingsPath;
    options.credentialStore = &keychain;
    options.endpoints = m_configuredEndpoints;
    m_window = std::make_unique<MainWindow>(options);
    m_window->show();
    m_window->openAddWorkspaceDialog();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"workspaceDialog"_s)) && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"Production"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"siteIdEdit"_s), u"demo-eu-site"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"trackKeyEdit"_s), EuKey);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"addWorkspaceOkButton"_s), Qt::LeftButton);

    auto *message = dialog->findChild<QLabel *>(u"storeMessage"_s);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"not added"_s), Timeout);
    QVERIFY2(message->text().contains(u"secure storage unavailable"_s), qPrintable(message->text()));
    QVERIFY(dialog->isVisible());
    QVERIFY(m_window->isOnSandbox());
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

    child<QAction>(u"removeWorkspaceAction"_s)->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"removeWorkspaceConfirm"_s)) && box->isVisible());
    QTest::mouseClick(box->findChild<QPushButton *>(u"confirmRemoveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(listedWorkspaces().isEmpty(), Timeout);
    QVERIFY(!m_keychain->contains(u"Production/track-api-key"_s));
    QVERIFY(!settingsText().contains(u"Production"_s));
    QVERIFY(child<QFrame>(u"emptyBanner"_s)->isVisible());
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
    options.credentialStore = m_keychain.get();
    m_window = std::make_unique<MainWindow>(options);
    qunsetenv("CIO_CONSOLE_ENDPOINTS");
    m_window->show();
    QVERIFY(child<QFrame>(u"errorBanner"_s)->isVisible());
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

    auto *via = child<QComboBox>(u"sendViaCombo"_s);
    auto *warning = child<QLabel>(u"sendViaWarning"_s);
    QCOMPARE(via->currentText(), u"Detected region"_s);
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
    QVERIFY(child<QLabel>(u"routeValue"_s)->toolTip().contains(u"Send via"_s));

    via->setCurrentIndex(via->findText(u"EU host"_s));
    QCOMPARE(text(u"sendViaTarget"_s), u"→ EU host: "_s + euHost);
    QVERIFY(!warning->isVisible());

    // US account via the EU host.
    QVERIFY(select(u"Demo US"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"United States (us)"_s, Timeout);
    QCOMPARE(via->currentText(), u"EU host"_s);
    QCOMPARE(text(u"sendViaTarget"_s), u"→ EU host: "_s + euHost);
    QCOMPARE(warning->text(), u"⚠ Customer.io rejects a US account's calls on the EU host (401)."_s);
    QVERIFY(warning->isVisible());
    via->setCurrentIndex(via->findText(u"Detected region"_s));
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
    auto *send = child<QPushButton>(u"sendButton"_s);
    auto *problems = child<QLabel>(u"composerProblems"_s);
    auto *json = child<QPlainTextEdit>(u"jsonEdit"_s);
    auto *via = child<QComboBox>(u"sendViaCombo"_s);
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
    auto *identifier = child<QLineEdit>(u"identifierEdit"_s);
    identifier->selectAll();
    QTest::keyClick(identifier, Qt::Key_Delete);
    auto *name = child<QLineEdit>(u"eventNameEdit"_s);
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
    QVERIFY(child<QLabel>(u"sendViaWarning"_s)->isVisible());
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
    auto *send = child<QPushButton>(u"sendButton"_s);
    auto *problems = child<QLabel>(u"composerProblems"_s);
    auto *kind = child<QComboBox>(u"callTypeCombo"_s);

    // Nothing typed yet: Send is disabled, but nothing is reported in red.
    QVERIFY(!send->isEnabled());
    QVERIFY(!problems->isVisible());
    kind->setCurrentIndex(kind->findText(u"Customer event"_s));
    QVERIFY(!send->isEnabled());
    QVERIFY(!problems->isVisible());

    // A field typed in and emptied again is reported; the untouched event name still is not.
    auto *identifier = child<QLineEdit>(u"identifierEdit"_s);
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
    QCOMPARE(logModel()->rowCount(), rows);

    // Return in a field is an attempt too.
    m_window = makeWindow();
    QVERIFY(select(u"Demo EU"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    problems = child<QLabel>(u"composerProblems"_s);
    QVERIFY(!problems->isVisible());
    QTest::keyClick(child<QLineEdit>(u"identifierEdit"_s), Qt::Key_Return);
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->text(), u"Identifier: must not be empty"_s);
}

void TestMainWindow::sendIsDisabledWhileTheCallIsInFlight()
{
    m_window = makeWindow();
    QVERIFY(select(u"Demo EU"_s));
    QTRY_COMPARE_WITH_TIMEOUT(text(u"regionValue"_s), u"European Union (eu)"_s, Timeout);
    compose(u"Customer event"_s, u"ada@example.com"_s, u"purchased"_s, u"{}"_s, u"EU host"_s);
    auto *send = child<QPushButton>(u"sendButton"_s);
    QVERIFY(send->isEnabled());
    const int width = send->width();

    // A double click sends once; Send reads "Sending…" until the answer is in.
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(!send->isEnabled());
    QCOMPARE(send->text(), u"Sending…"_s);
    QCOMPARE(send->width(), width);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(!child<QLabel>(u"composerProblems"_s)->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), Timeout);
    QCOMPARE(send->text(), u"Send"_s);
    QCOMPARE(countCalls(CallKind::Event), 1);

    // A call that fails frees Send as well.
    Workspace wrong;
    wrong.name = u"Wrong key"_s;
    wrong.siteId = u"demo-eu-site"_s;
    m_window->addSessionWorkspace(wrong, u"not-the-key"_s);
    QVERIFY(select(u"Wrong key"_s));
    QTRY_VERIFY_WITH_TIMEOUT(text(u"regionState"_s).contains(u"401"_s), Timeout);
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
    auto *view = child<QTableView>(u"requestLogView"_s);
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
    auto *showMethod = columns->findChild<QAction *>(u"logColumnAction%1"_s.arg(int(RequestLogModel::Method)));
    QVERIFY(showMethod && !showMethod->isChecked());
    showMethod->trigger();
    QVERIFY(!columns->isSectionHidden(RequestLogModel::Method));

    // Sorting by a column makes room for its sort indicator.
    columns->setSortIndicator(RequestLogModel::Duration, Qt::AscendingOrder);
    QVERIFY(columns->sectionSize(RequestLogModel::Duration) >= columns->sectionSizeHint(RequestLogModel::Duration));
}

void TestMainWindow::addWorkspaceDialogPointsToApiCredentials()
{
    m_window = makeWindow();
    m_window->openAddWorkspaceDialog();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"workspaceDialog"_s)) && dialog->isVisible());
    const QString intro = dialog->findChild<QLabel *>(u"introLabel"_s)->text();
    QVERIFY2(intro.contains(u"Account Settings › API Credentials"_s), qPrintable(intro));
    QVERIFY(intro.contains(u"App API Keys are listed separately"_s));
    QVERIFY(!intro.contains(u"Workspace Settings"_s));
    dialog->reject();
}

void TestMainWindow::addWorkspaceWithAppKeySaysKeys()
{
    m_window = makeWindow();
    m_window->openAddWorkspaceDialog();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"workspaceDialog"_s)) && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"nameEdit"_s), u"Production"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"siteIdEdit"_s), u"demo-eu-site"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"trackKeyEdit"_s), EuKey);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"appKeyEdit"_s), u"demo-eu-app-key"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"addWorkspaceOkButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isOnSandbox(), Timeout);
    QVERIFY(m_keychain->contains(u"Production/track-api-key"_s));
    QVERIFY(m_keychain->contains(u"Production/app-api-key"_s));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Added workspace \"Production\"; its keys are in the system keychain."_s);
    QVERIFY(!settingsText().contains(u"demo-eu-app-key"_s));
}

void TestMainWindow::detailKeepsPercentEncodedUrls()
{
    // "%2F" in a URL must reach the pane as it is, and the hop's other values where they belong.
    RequestRecord r;
    r.call = CallKind::Event;
    r.method = u"POST"_s;
    r.path = u"/api/v1/customers/a%2Fb/events"_s;
    r.outcome = RequestRecord::Outcome::Success;
    r.status = 200;
    r.durationMs = 12;
    r.requestBody = "{\"name\":\"x\"}";
    Hop hop;
    hop.url = QUrl(u"http://127.0.0.1:1/api/v1/customers/a%2Fb/events"_s);
    hop.status = 200;
    hop.durationMs = 7;
    hop.credentialsSent = true;
    r.hops << hop;
    QTextDocument doc;
    doc.setHtml(requestDetailHtml(r));
    const QString text = doc.toPlainText();
    QVERIFY2(text.contains(u"1. POST http://127.0.0.1:1/api/v1/customers/a%2Fb/events"_s), qPrintable(text));
    QVERIFY2(text.contains(u"→ 200 · 7 ms · credentials sent"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Request body (12 bytes)"_s), qPrintable(text));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
