#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// A strip across the top of the window: a word-wrapped text and buttons, on a tinted background with a
// border (colours given as CSS colours).
class Banner : public QFrame
{
    Q_OBJECT

public:
    Banner(const QString &objectName, const QString &background, const QString &border, QWidget *parent = nullptr);

    // The text; its objectName is the banner's plus "Text".
    QLabel *text() const { return m_text; }
    QPushButton *addButton(const QString &objectName, const QString &text, const QString &accessibleName);

private:
    QLabel *m_text;
};
