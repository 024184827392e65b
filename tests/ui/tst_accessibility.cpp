// The window and each of its dialogs as a screen reader sees them: the QAccessible tree is walked from the
// top, and every interactive element (button, field, list, check box, combo box, link...) that is shown
// must have a name. Region badges expose their region as text; finished calls and region checks are
// announced (a name-change event on the live region). Real parts: the sandbox over loopback, a memory
// keychain for configured workspaces, a temporary settings file and request log.
#include "announcer.h"
#include "composerpanel.h"
#include "keyboardnavigation.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "shortcutsdialog.h"
#include "support/isolatedwindowtest.h"
#include "support/namedchild.h"
#include "support/testhome.h"

#include <QAccessible>
#include <QAccessibleEvent>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 20000;

bool interactive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::HotkeyField:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    const QObject *object = iface->object();
    return u"%1 (role %2, object %3 \"%4\")"_s.arg(iface->text(QAccessible::Name))
        .arg(int(iface->role()))
        .arg(object ? QString::fromLatin1(object->metaObject()->className()) : u"-"_s,
             object ? object->objectName() : QString());
}

int g_interactive = 0; // interactive elements seen by the last walk: the walk did reach them

// Every shown interactive element under iface without a name.
void collectNameless(QAccessibleInterface *iface, QStringList *nameless, int depth = 0)
{
    if (!iface || depth > 60)
        return;
    const QAccessible::State state = iface->state();
    if (state.invisible)
        return;
    if (interactive(iface->role())) {
        ++g_interactive;
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            *nameless << describe(iface);
    }
    // Rows and cells of views are named by their text; their views are checked above.
    if (iface->role() == QAccessible::Table || iface->role() == QAccessible::List || iface->role() == QAccessible::Tree)
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectNameless(iface->child(i), nameless, depth + 1);
}

QStringList namelessIn(QWidget *window)
{
    QStringList nameless;
    g_interactive = 0;
    collectNameless(QAccessible::queryAccessibleInterface(window), &nameless);
    return nameless;
}

} // namespace

class tst_Accessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<MemoryCredentialStore> m_keychain;
    std::unique_ptr<MainWindow> m_window;

    void openWindow()
    {
        MainWindow::Options options;
        options.settingsPath = m_home->settingsPath();
        options.logPath = m_home->logPath();
        options.credentialStore = m_keychain.get();
        options.startOnSandbox = true;
        m_window = std::make_unique<MainWindow>(options);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void selectDemo(const QString &name)
    {
        CIO_CHILD(QListWidget, list, m_window.get(), u"workspaceList"_s);
        const QList<QListWidgetItem *> items = list->findItems(name, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        list->setCurrentItem(items.first());
    }

    // The dialog the window opened last, once it is shown.
    template<typename T> T *openedDialog()
    {
        T *found = nullptr;
        const bool shown = QTest::qWaitFor(
            [&] {
                const QList<T *> dialogs = m_window->findChildren<T *>();
                for (T *d : dialogs) {
                    if (d->isVisible())
                        found = d;
                }
                return found != nullptr;
            },
            Timeout);
        return shown ? found : nullptr;
    }

private Q_SLOTS:
    void initTestCase() { isolateWindowTest(m_dir, u"tst_accessibility"_s); }

    void init()
    {
        m_home = std::make_unique<TestHome>();
        QVERIFY(m_home->isValid());
        m_keychain = std::make_unique<MemoryCredentialStore>();
    }

    void cleanup()
    {
        m_window.reset();
        m_keychain.reset();
        m_home.reset();
    }

    void mainWindowNamesEveryInteractiveElement()
    {
        openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isOnSandbox(), Timeout);
        selectDemo(u"Demo EU"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isRegionVerified(u"Demo EU"_s), Timeout);
        const QStringList nameless = namelessIn(m_window.get());
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(u'\n')));
        QVERIFY2(g_interactive >= 25, qPrintable(QString::number(g_interactive)));
    }

    void dialogsNameEveryInteractiveElement()
    {
        openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isOnSandbox(), Timeout);
        selectDemo(u"Demo US"_s);

        m_window->openAddWorkspaceDialog();
        QDialog *add = openedDialog<QDialog>();
        QVERIFY(add);
        QStringList nameless = namelessIn(add);
        QVERIFY2(nameless.isEmpty(), qPrintable(u"add: "_s + nameless.join(u'\n')));
        QVERIFY2(g_interactive >= 6, qPrintable(QString::number(g_interactive)));
        add->reject();
        QTRY_VERIFY(!add->isVisible());

        m_window->openEditWorkspaceDialog();
        QDialog *edit = openedDialog<QDialog>();
        QVERIFY(edit);
        nameless = namelessIn(edit);
        QVERIFY2(nameless.isEmpty(), qPrintable(u"edit: "_s + nameless.join(u'\n')));
        edit->reject();
        QTRY_VERIFY(!edit->isVisible());

        m_window->showAbout();
        QDialog *about = openedDialog<QDialog>();
        QVERIFY(about);
        nameless = namelessIn(about);
        QVERIFY2(nameless.isEmpty(), qPrintable(u"about: "_s + nameless.join(u'\n')));
        about->reject();
        QTRY_VERIFY(!about->isVisible());

        auto *shortcuts = m_window->findChild<QAction *>(u"keyboardShortcutsAction"_s);
        QVERIFY(shortcuts);
        shortcuts->trigger();
        auto *keys = openedDialog<ShortcutsDialog>();
        QVERIFY(keys);
        nameless = namelessIn(keys);
        QVERIFY2(nameless.isEmpty(), qPrintable(u"shortcuts: "_s + nameless.join(u'\n')));
        keys->reject();

        m_window->removeCurrentWorkspace();
        auto *confirm = openedDialog<QMessageBox>();
        QVERIFY(confirm);
        nameless = namelessIn(confirm);
        QVERIFY2(nameless.isEmpty(), qPrintable(u"remove: "_s + nameless.join(u'\n')));
        confirm->reject();
    }

    // The badges are pictures; their region is text for a screen reader.
    void badgesExposeTheirRegionAsText()
    {
        openWindow();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isOnSandbox(), Timeout);
        selectDemo(u"Demo EU"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isRegionVerified(u"Demo EU"_s), Timeout);
        CIO_CHILD(QLabel, badge, m_window.get(), u"regionBadge"_s);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(badge);
        QVERIFY(iface);
        QTRY_VERIFY(iface->text(QAccessible::Name).contains(u"EU"_s));
        CIO_CHILD(QListWidget, list, m_window.get(), u"workspaceList"_s);
        QAccessibleInterface *listIface = QAccessible::queryAccessibleInterface(list);
        bool found = false;
        for (int i = 0; i < listIface->childCount(); ++i) {
            const QString name = listIface->child(i)->text(QAccessible::Name);
            found |= name.startsWith(u"Demo EU,"_s) && name.contains(u"European Union"_s);
        }
        QVERIFY(found);
    }

    // A region verified and a call finished are announced on the live region: its text and accessible
    // description change, with a name-change and an alert event for screen readers.
    void resultsAreAnnounced()
    {
        openWindow();
        CIO_CHILD(Announcer, live, m_window.get(), u"liveAnnouncement"_s);
        QSignalSpy announced(live, &Announcer::announced);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isOnSandbox(), Timeout);
        selectDemo(u"Demo EU"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isRegionVerified(u"Demo EU"_s), Timeout);
        m_window->recheckRegion();
        const auto said = [&announced] {
            QStringList texts;
            for (const QList<QVariant> &args : std::as_const(announced))
                texts << args.at(0).toString();
            return texts.join(u'\n');
        };
        QTRY_VERIFY2_WITH_TIMEOUT(said().contains(u"Demo EU is in the EU region"_s), qPrintable(said()), Timeout);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(live);
        QVERIFY(iface);
        QVERIFY(!iface->text(QAccessible::Name).isEmpty());
        QVERIFY(iface->text(QAccessible::Description).contains(u"Demo EU is in the EU region"_s));

        CIO_CHILD(ComposerPanel, composer, m_window.get(), u"composer"_s);
        composer->setCall(CallKind::Identify, u"ada@example.com"_s, {}, u"{}"_s, ComposerPanel::Via::Detected);
        CIO_CHILD(QPushButton, send, m_window.get(), u"sendButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), Timeout);
        send->click();
        QTRY_VERIFY2_WITH_TIMEOUT(said().contains(u"identify call to Demo EU succeeded"_s), qPrintable(said()),
                                  Timeout);
        QVERIFY(live->text().contains(u"identify call to Demo EU succeeded"_s));
    }
};

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
