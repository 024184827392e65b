#pragma once

#include "statuscolors.h"

#include <QFrame>

class QLabel;
class QPushButton;

// A strip across the top of the window: a word-wrapped text and buttons, on a tinted background with a
// border. The tint and the text colour follow the palette (StatusColors::banner()), also when it changes.
class Banner : public QFrame
{
    Q_OBJECT

public:
    Banner(const QString &objectName, StatusColors::BannerKind kind, QWidget *parent = nullptr);

    // The text; its objectName is the banner's plus "Text".
    QLabel *text() const { return m_text; }
    QPushButton *addButton(const QString &objectName, const QString &text, const QString &accessibleName);
    // The colours in use.
    StatusColors::Box colors() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColors();

    StatusColors::BannerKind m_kind;
    QLabel *m_text;
    bool m_applying = false;
};
