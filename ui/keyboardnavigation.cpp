#include "keyboardnavigation.h"

#include "shortcutsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTextDocument>
#include <QToolButton>

namespace {
QAction *makeAction(QWidget *window, const QString &objectName, const QString &text, const QKeySequence &keys)
{
    auto *action = new QAction(text, window);
    action->setObjectName(objectName);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    window->addAction(action);
    return action;
}

bool takesFocus(const QWidget *widget)
{
    return widget->isVisibleTo(widget->window()) && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus);
}

// The letter after a single '&' in text, lower-cased; a null char when there is none.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// text with '&' before its first letter not in used (words' first letters preferred). When every letter is
// taken, its first letter is shared: Alt+letter then moves between the fields that share it.
QString withMnemonic(const QString &text, QSet<QChar> *used)
{
    auto take = [&](qsizetype i) {
        used->insert(text.at(i).toLower());
        QString marked = text;
        marked.insert(i, u'&');
        return marked;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool wordStart = i == 0 || !text.at(i - 1).isLetterOrNumber();
        if (wordStart && text.at(i).isLetter() && !used->contains(text.at(i).toLower()))
            return take(i);
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isLetter() && !used->contains(text.at(i).toLower()))
            return take(i);
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isLetter())
            return take(i);
    }
    return text;
}
} // namespace

KeyboardNavigation::KeyboardNavigation(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_next = makeAction(window, QStringLiteral("nextPaneAction"), tr("Next pane"), QKeySequence(Qt::Key_F6));
    m_previous = makeAction(window, QStringLiteral("previousPaneAction"), tr("Previous pane"),
                            QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_searchAction =
        makeAction(window, QStringLiteral("focusLogSearchAction"), tr("Search the request log"), QKeySequence::Find);
    m_composerAction = makeAction(window, QStringLiteral("focusComposerAction"), tr("Go to the composer"),
                                  QKeySequence(Qt::CTRL | Qt::Key_L));
    m_shortcutsAction = new QAction(tr("&Keyboard shortcuts"), window);
    m_shortcutsAction->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcutsAction, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(shortcuts(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_next, &QAction::triggered, this, &KeyboardNavigation::focusNextPane);
    connect(m_previous, &QAction::triggered, this, &KeyboardNavigation::focusPreviousPane);
    connect(m_searchAction, &QAction::triggered, this, &KeyboardNavigation::focusSearch);
    connect(m_composerAction, &QAction::triggered, this, &KeyboardNavigation::focusComposer);
}

void KeyboardNavigation::setPanes(const QList<QWidget *> &panes)
{
    m_panes.clear();
    for (QWidget *pane : panes)
        m_panes << pane;
}

int KeyboardNavigation::currentPane() const
{
    const QWidget *focus = QApplication::focusWidget();
    for (qsizetype i = 0; focus && i < m_panes.size(); ++i) {
        if (m_panes.at(i) && (m_panes.at(i) == focus || m_panes.at(i)->isAncestorOf(focus)))
            return int(i);
    }
    return -1;
}

void KeyboardNavigation::focusPane(int step)
{
    const int count = int(m_panes.size());
    if (count == 0)
        return;
    int index = currentPane();
    if (index < 0)
        index = step > 0 ? -1 : 0;
    for (int tried = 0; tried < count; ++tried) {
        index = (index + step + count) % count;
        QWidget *pane = m_panes.at(index);
        if (pane && pane->isVisibleTo(m_window) && pane->isEnabled()) {
            focusInto(pane);
            if (currentPane() == index)
                return;
        }
    }
}

void KeyboardNavigation::focusInto(QWidget *pane)
{
    if (takesFocus(pane)) {
        pane->setFocus(Qt::OtherFocusReason);
        return;
    }
    // The pane's first field in tab order.
    for (QWidget *w = pane->nextInFocusChain(); w && w != pane; w = w->nextInFocusChain()) {
        if (pane->isAncestorOf(w) && takesFocus(w)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

void KeyboardNavigation::focusSearch()
{
    if (!m_search)
        return;
    m_search->setFocus(Qt::ShortcutFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(m_search.data()))
        edit->selectAll();
}

void KeyboardNavigation::focusComposer()
{
    if (m_composer)
        focusInto(m_composer);
}

QList<KeyboardNavigation::Shortcut> KeyboardNavigation::shortcuts() const
{
    QList<Shortcut> list;
    QSet<QAction *> seen;
    auto add = [&](QAction *action) {
        if (!action || seen.contains(action) || action->shortcut().isEmpty())
            return;
        seen.insert(action);
        QString what = action->text();
        what.remove(QRegularExpression(QStringLiteral("&(?!&)")));
        what.remove(QStringLiteral("…"));
        list << Shortcut {what, action->shortcut()};
    };
    if (auto *main = qobject_cast<QMainWindow *>(m_window)) {
        for (QAction *menu : main->menuBar()->actions()) {
            if (menu->menu()) {
                for (QAction *action : menu->menu()->actions())
                    add(action);
            }
        }
    }
    for (QAction *action : m_window->actions())
        add(action);
    return list;
}

void KeyboardNavigation::assignMnemonics(QWidget *root)
{
    QSet<QChar> used;
    if (auto *main = qobject_cast<QMainWindow *>(root)) {
        for (QAction *menu : main->menuBar()->actions()) {
            if (const QChar c = mnemonicOf(menu->text()); !c.isNull())
                used.insert(c);
        }
    }
    // First what has a letter already, so that no other widget takes it.
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    const QList<QAbstractButton *> buttons = root->findChildren<QAbstractButton *>();
    const QList<QGroupBox *> groups = root->findChildren<QGroupBox *>();
    for (QLabel *label : labels) {
        if (const QChar c = mnemonicOf(label->text()); label->buddy() && !c.isNull())
            used.insert(c);
    }
    for (QAbstractButton *button : buttons) {
        if (const QChar c = mnemonicOf(button->text()); !c.isNull())
            used.insert(c);
    }
    for (QLabel *label : labels) {
        const QString text = label->text();
        if (!label->buddy() || text.isEmpty() || text.contains(u'&') || Qt::mightBeRichText(text))
            continue;
        label->setText(withMnemonic(text, &used));
    }
    for (QAbstractButton *button : buttons) {
        const QString text = button->text();
        // Tool buttons of a tool bar have their action's shortcut; their text is the action's.
        if (qobject_cast<QToolButton *>(button) || text.isEmpty() || text.contains(u'&'))
            continue;
        button->setText(withMnemonic(text, &used));
    }
    for (QGroupBox *group : groups) {
        const QString text = group->title();
        if (!group->isCheckable() || text.isEmpty() || text.contains(u'&'))
            continue;
        group->setTitle(withMnemonic(text, &used));
    }
}
