#include "banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

Banner::Banner(const QString &objectName, const QString &background, const QString &border, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("#%1 { background: %2; border: 1px solid %3; }").arg(objectName, background, border));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    m_text = new QLabel(this);
    m_text->setObjectName(objectName + QStringLiteral("Text"));
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
}

QPushButton *Banner::addButton(const QString &objectName, const QString &text, const QString &accessibleName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    layout()->addWidget(button);
    return button;
}
