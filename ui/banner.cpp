#include "banner.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

Banner::Banner(const QString &objectName, StatusColors::BannerKind kind, QWidget *parent)
    : QFrame(parent)
    , m_kind(kind)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    m_text = new QLabel(this);
    m_text->setObjectName(objectName + QStringLiteral("Text"));
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    applyColors();
}

QPushButton *Banner::addButton(const QString &objectName, const QString &text, const QString &accessibleName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    layout()->addWidget(button);
    return button;
}

StatusColors::Box Banner::colors() const
{
    // The application's palette: the style sheet below replaces this frame's own.
    return StatusColors::banner(m_kind, QApplication::palette(this));
}

void Banner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyColors();
}

void Banner::applyColors()
{
    m_applying = true;
    const StatusColors::Box box = colors();
    setStyleSheet(QStringLiteral("#%1 { background: %2; border: 1px solid %3; } #%1 > QLabel { color: %4; }")
                      .arg(objectName(), box.background.name(), box.border.name(), box.text.name()));
    m_applying = false;
}
