#include "routeadvice.h"

#include "statuscolors.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace { } // namespace

RouteAdvice::RouteAdvice(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("routeAdvice"));
    m_via = new QComboBox(this);
    m_via->setObjectName(QStringLiteral("sendViaCombo"));
    m_via->setAccessibleName(tr("Send via"));
    m_via->addItem(tr("Workspace route"), int(Via::Detected));
    m_via->addItem(tr("US host"), int(Via::Us));
    m_via->addItem(tr("EU host"), int(Via::Eu));
    m_via->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_target = new QLabel(this);
    m_target->setObjectName(QStringLiteral("sendViaTarget"));
    m_target->setAccessibleName(tr("Host the next call goes to"));
    m_target->setTextFormat(Qt::PlainText);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *viaRow = new QHBoxLayout;
    viaRow->addWidget(m_via);
    viaRow->addWidget(m_target, 1);

    // What happens on that host. A box layout keeps the space of the hidden label (a form row would not).
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("sendViaWarning"));
    m_warning->setAccessibleName(tr("About the host the next call goes to"));
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setWordWrap(true);
    m_warning->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setFixedHeight(m_warning->fontMetrics().lineSpacing() * 2);
    QSizePolicy policy = m_warning->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_warning->setSizePolicy(policy);
    m_warning->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(viaRow);
    layout->addWidget(m_warning);

    connect(m_via, &QComboBox::currentIndexChanged, this, [this] {
        refresh();
        Q_EMIT viaChanged();
    });
    refresh();
}

bool RouteAdvice::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_warning && event->type() == QEvent::Resize) {
        // Room for the longest text at this width (two lines, unless the panel is very narrow), whether
        // or not one is shown, so that appearing does not move anything.
        const QFontMetrics fm = m_warning->fontMetrics();
        int height = fm.lineSpacing() * 2;
        const QStringList texts {tr("⚠ %1").arg(routeWarning(Region::Eu, Region::Us)),
                                 tr("⚠ %1").arg(routeWarning(Region::Us, Region::Eu)),
                                 unverifiedNote(Region::Us, true),
                                 unverifiedNote(Region::Eu, false),
                                 pickHostNote(Region::Unknown),
                                 pickHostNote(Region::Us)};
        for (const QString &text : texts)
            height = qMax(
                height,
                fm.boundingRect(QRect(0, 0, m_warning->width(), QWIDGETSIZE_MAX), Qt::TextWordWrap, text).height());
        if (height != m_warning->height())
            m_warning->setFixedHeight(height);
    }
    return QWidget::eventFilter(watched, event);
}

void RouteAdvice::setWorkspace(const Workspace *workspace, const EndpointTable *endpoints)
{
    m_workspace = workspace ? std::optional<Workspace>(*workspace) : std::nullopt;
    m_endpoints = endpoints ? std::optional<EndpointTable>(*endpoints) : std::nullopt;
    m_regionVerified = true;
    refresh();
}

void RouteAdvice::setRegionVerified(bool verified)
{
    m_regionVerified = verified;
    refresh();
}

RouteAdvice::Via RouteAdvice::via() const
{
    return Via(m_via->currentData().toInt());
}

void RouteAdvice::setVia(Via via)
{
    m_via->setCurrentIndex(m_via->findData(int(via)));
}

bool RouteAdvice::needsHostChoice() const
{
    return m_workspace && !m_regionVerified && via() == Via::Detected && m_workspace->route == Route::Auto;
}

std::optional<Region> RouteAdvice::target() const
{
    if (!m_workspace || needsHostChoice())
        return std::nullopt;
    return resolveVia(via(), *m_workspace);
}

Region RouteAdvice::resolveVia(Via via, const Workspace &workspace)
{
    switch (via) {
    case Via::Us:
        return Region::Us;
    case Via::Eu:
        return Region::Eu;
    case Via::Detected:
        break;
    }
    // The panel's Route of the workspace: forced, else the detected region, else the US (one control, two
    // places).
    return workspace.firstHopRegion();
}

QString RouteAdvice::pickHostNote(Region lastSeen)
{
    if (lastSeen == Region::Unknown)
        return tr("⚠ Region not verified: \"Workspace route\" has no host. Pick US host or EU host to send.");
    return tr("⚠ Region not verified now (last seen %1): pick US host or EU host to send.")
        .arg(regionCode(lastSeen).toUpper());
}

QString RouteAdvice::routeWarning(Region account, Region target)
{
    if (account == Region::Eu && target == Region::Us)
        return tr("This account is in the EU: a call via the US host is redirected through US servers.");
    if (account == Region::Us && target == Region::Eu)
        return tr("Customer.io rejects a US account's calls on the EU host (401).");
    return {};
}

QString RouteAdvice::unverifiedNote(Region target, bool automatic)
{
    if (target == Region::Us && automatic)
        return tr("Region not verified yet: the call goes to the US host, Customer.io's default.");
    return tr("Region not verified yet: the call goes to the %1 host.").arg(regionCode(target).toUpper());
}

void RouteAdvice::refresh()
{
    if (!m_workspace) {
        m_target->clear();
        m_warning->clear();
        m_warning->hide();
        return;
    }
    if (needsHostChoice()) {
        m_target->setText(tr("→ no host chosen"));
        m_warning->setText(pickHostNote(m_workspace->region));
        m_warning->setStyleSheet(StatusColors::textStyle(StatusColors::Tone::Warning, palette()));
        m_warning->show();
        return;
    }
    const Region target = resolveVia(via(), *m_workspace);
    const QString code = regionCode(target).toUpper();
    m_target->setText(m_endpoints
                          ? tr("→ %1 host: %2").arg(code, EndpointTable::hostLabel(m_endpoints->trackUrl(target)))
                          : tr("→ %1 host").arg(code));

    const QString warning = routeWarning(m_workspace->region, target);
    QString note;
    if (warning.isEmpty() && m_workspace->region == Region::Unknown && via() == Via::Detected)
        note = unverifiedNote(target, m_workspace->route == Route::Auto);
    m_warning->setText(warning.isEmpty() ? note : tr("⚠ %1").arg(warning));
    m_warning->setStyleSheet(warning.isEmpty() ? QString()
                                               : StatusColors::textStyle(StatusColors::Tone::Warning, palette()));
    m_warning->setVisible(!m_warning->text().isEmpty());
}
