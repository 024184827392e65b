#pragma once

#include "keyboardnavigation.h"

#include <QDialog>

class QTreeWidget;

// Help › Keyboard shortcuts: every key of the window (KeyboardNavigation::shortcuts()), what it does and
// its keys in the platform's notation, plus Tab and Alt+letter.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    ShortcutsDialog(const QList<KeyboardNavigation::Shortcut> &shortcuts, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};
