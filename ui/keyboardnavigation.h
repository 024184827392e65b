#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QWidget;

// The window's keyboard routes that no single widget owns: F6 / Shift+F6 move the focus from pane to pane
// (in the order given: workspaces, region panel, composer, log, detail, and around), Ctrl+F goes to the log
// search and Ctrl+L to the composer. Mnemonics (Alt+letter) are given to every labelled field and button
// of a window or dialog that has none, at run time, so that they follow any language (assignMnemonics()).
// shortcuts() lists every key of the window for Help › Keyboard shortcuts.
class KeyboardNavigation : public QObject
{
    Q_OBJECT

public:
    struct Shortcut
    {
        QString what; // as shown to the admin
        QKeySequence keys;
    };

    // Adds its actions to window (not owned; their parent is this object's parent, the window).
    explicit KeyboardNavigation(QWidget *window);

    // The panes F6 visits, in order. A hidden or disabled pane is skipped.
    void setPanes(const QList<QWidget *> &panes);
    // Ctrl+F's and Ctrl+L's targets.
    void setSearchField(QWidget *search) { m_search = search; }
    void setComposer(QWidget *composer) { m_composer = composer; }

    // The index of the pane holding the focus; -1 when none does.
    int currentPane() const;
    void focusNextPane() { focusPane(+1); }
    void focusPreviousPane() { focusPane(-1); }
    void focusSearch();
    void focusComposer();

    // Every action of the window with a key, and the keys of this object, in menu order.
    QList<Shortcut> shortcuts() const;

    QAction *nextPaneAction() const { return m_next; }
    QAction *previousPaneAction() const { return m_previous; }
    QAction *searchAction() const { return m_searchAction; }
    QAction *composerAction() const { return m_composerAction; }
    // Help › Keyboard shortcuts (F1): opens a ShortcutsDialog over the window.
    QAction *shortcutsAction() const { return m_shortcutsAction; }

    // Gives each label with a buddy, each button, check box and group box under root an Alt+letter of its
    // own text that no other of them (nor a menu of root's menu bar) uses yet. Texts that have one already
    // keep it. Safe to call again when texts changed.
    static void assignMnemonics(QWidget *root);

private:
    void focusPane(int step);
    static void focusInto(QWidget *pane);

    QWidget *m_window;
    QList<QPointer<QWidget>> m_panes;
    QPointer<QWidget> m_search;
    QPointer<QWidget> m_composer;
    QAction *m_next;
    QAction *m_previous;
    QAction *m_searchAction;
    QAction *m_composerAction;
    QAction *m_shortcutsAction;
};
