// The whole job without a mouse: Tab leaves the request log, F6 / Shift+F6 go from pane to pane, Ctrl+F to
// the log search, Ctrl+L to the composer, keys for Edit and Remove workspace, Alt+letter on every labelled
// field and button, all of them listed under Help › Keyboard shortcuts. On the sandbox over loopback.
#include "keyboardnavigation.h"
#include "mainwindow.h"
#include "memorycredentialstore.h"
#include "shortcutsdialog.h"
#include "support/isolatedwindowtest.h"
#include "support/namedchild.h"
#include "support/testhome.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSet>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace {
constexpr int Timeout = 20000;

bool within(const QWidget *pane)
{
    const QWidget *focus = QApplication::focusWidget();
    return focus && (focus == pane || pane->isAncestorOf(focus));
}

QString focusName()
{
    const QWidget *focus = QApplication::focusWidget();
    return focus ? focus->objectName() + u" ("_s + QString::fromLatin1(focus->metaObject()->className()) + u')'
                 : u"nothing"_s;
}
} // namespace

class tst_KeyboardNavigation : public QObject
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
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isOnSandbox(), Timeout);
        CIO_CHILD(QListWidget, list, m_window.get(), u"workspaceList"_s);
        list->setCurrentRow(0);
        list->setFocus();
        QTRY_VERIFY(list->hasFocus());
    }

    void press(QKeyCombination keys)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
        QTest::keyClick(target, keys.key(), keys.keyboardModifiers());
    }

private Q_SLOTS:
    void initTestCase() { isolateWindowTest(m_dir, u"tst_keyboardnavigation"_s); }

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

    // The trap of issue 22: Tab, Shift+Tab and Ctrl+Tab moved from cell to cell and never left the log.
    void tabLeavesTheRequestLog()
    {
        openWindow();
        CIO_CHILD(QTableView, log, m_window.get(), u"requestLogView"_s);
        QVERIFY(!log->tabKeyNavigation());
        for (const QKeyCombination keys : {QKeyCombination(Qt::Key_Tab), QKeyCombination(Qt::SHIFT, Qt::Key_Backtab),
                                           QKeyCombination(Qt::CTRL, Qt::Key_Tab)}) {
            log->setFocus();
            QTRY_VERIFY(log->hasFocus());
            press(keys);
            QTRY_VERIFY2(!log->hasFocus(), qPrintable(focusName()));
        }
    }

    void f6GoesFromPaneToPane()
    {
        openWindow();
        const QStringList panes {u"workspaceList"_s, u"dataPrivacyPanel"_s, u"composer"_s, u"requestLogView"_s,
                                 u"requestDetail"_s};
        QList<QWidget *> widgets;
        for (const QString &name : panes) {
            auto *pane = m_window->findChild<QWidget *>(name);
            QVERIFY2(pane, qPrintable(name));
            widgets << pane;
        }
        QVERIFY(within(widgets.at(0)));
        for (int i = 1; i <= panes.size(); ++i) {
            press(QKeyCombination(Qt::Key_F6));
            QTRY_VERIFY2(within(widgets.at(i % panes.size())),
                         qPrintable(u"F6 to %1, focus on %2"_s.arg(panes.at(i % panes.size()), focusName())));
        }
        for (int i = panes.size() - 1; i >= 0; --i) {
            press(QKeyCombination(Qt::SHIFT, Qt::Key_F6));
            QTRY_VERIFY2(within(widgets.at(i)),
                         qPrintable(u"Shift+F6 to %1, focus on %2"_s.arg(panes.at(i), focusName())));
        }
    }

    void keysGoToTheSearchAndTheComposer()
    {
        openWindow();
        CIO_CHILD(QLineEdit, search, m_window.get(), u"logSearchEdit"_s);
        CIO_CHILD(QWidget, composer, m_window.get(), u"composer"_s);
        press(QKeyCombination(Qt::CTRL, Qt::Key_F));
        QTRY_VERIFY2(search->hasFocus(), qPrintable(focusName()));
        press(QKeyCombination(Qt::CTRL, Qt::Key_L));
        QTRY_VERIFY2(within(composer), qPrintable(focusName()));
    }

    void editAndRemoveHaveKeys()
    {
        openWindow();
        press(QKeyCombination(Qt::CTRL, Qt::Key_E));
        QDialog *edit = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((edit = m_window->findChild<QDialog *>(u"workspaceDialog"_s)) && edit->isVisible(),
                                 Timeout);
        edit->reject();
        QTRY_VERIFY(!edit->isVisible());
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        CIO_CHILD(QListWidget, list, m_window.get(), u"workspaceList"_s);
        list->setFocus();
        press(QKeyCombination(Qt::CTRL, Qt::Key_Delete));
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((confirm = m_window->findChild<QMessageBox *>()) && confirm->isVisible(), Timeout);
        confirm->reject();
    }

    // Help › Keyboard shortcuts lists each key.
    void shortcutsAreListed()
    {
        openWindow();
        auto *action = m_window->findChild<QAction *>(u"keyboardShortcutsAction"_s);
        QVERIFY(action);
        action->trigger();
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog *>()) && dialog->isVisible());
        QStringList keys;
        for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i)
            keys << dialog->list()->topLevelItem(i)->text(1);
        for (const QKeySequence &expected :
             {QKeySequence(Qt::Key_F6), QKeySequence(Qt::SHIFT | Qt::Key_F6), QKeySequence(QKeySequence::Find),
              QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::CTRL | Qt::Key_E),
              QKeySequence(Qt::CTRL | Qt::Key_Delete), QKeySequence(QKeySequence::New)}) {
            QVERIFY2(keys.contains(expected.toString(QKeySequence::NativeText)),
                     qPrintable(expected.toString() + u" not in "_s + keys.join(u", "_s)));
        }
    }

    // Every labelled field and every button of the window has an Alt+letter of its own.
    void mnemonicsOnLabelsAndButtons()
    {
        openWindow();
        QHash<QChar, QString> owners;
        QStringList missing;
        QStringList clashes;
        const auto check = [&](QWidget *widget, const QString &text) {
            if (!widget->isVisibleTo(m_window.get()) || text.isEmpty())
                return;
            const qsizetype at = text.indexOf(u'&');
            if (at < 0 || at + 1 >= text.size()) {
                missing << widget->objectName() + u": "_s + text;
                return;
            }
            const QChar letter = text.at(at + 1).toLower();
            if (owners.contains(letter))
                clashes << owners.value(letter) + u" / "_s + widget->objectName();
            owners.insert(letter, widget->objectName());
        };
        for (QLabel *label : m_window->findChildren<QLabel *>()) {
            if (label->buddy())
                check(label, label->text());
        }
        for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
            if (!qobject_cast<QToolButton *>(button))
                check(button, button->text());
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
        // More fields than letters: where a text's letters are all taken, fields share one, and Alt+letter
        // moves between them. Most letters are in use before that happens.
        if (!clashes.isEmpty())
            QVERIFY2(owners.size() >= 12, qPrintable(clashes.join(u'\n')));
    }
};

QTEST_MAIN(tst_KeyboardNavigation)
#include "tst_keyboardnavigation.moc"
