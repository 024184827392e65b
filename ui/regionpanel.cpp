#include "regionpanel.h"

#include "regionbadge.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {
const QString Dash = QStringLiteral("—");
}

RegionPanel::RegionPanel(QWidget *parent)
    : QGroupBox(tr("Data and Privacy"), parent)
{
    setObjectName(QStringLiteral("dataPrivacyPanel"));
    setAccessibleName(tr("Data and Privacy"));

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("regionBadge"));
    m_badge->setAccessibleName(tr("Region badge"));
    m_region = new QLabel(this);
    m_region->setObjectName(QStringLiteral("regionValue"));
    m_region->setAccessibleName(tr("Account region"));
    m_region->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_region->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_region->setFont(big);
    header->addWidget(m_badge);
    header->addWidget(m_region, 1);
    layout->addLayout(header);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("regionState"));
    m_state->setAccessibleName(tr("Region check state"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_state);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    m_workspace = valueLabel(QStringLiteral("workspaceValue"), tr("Workspace"));
    m_dataCenter = valueLabel(QStringLiteral("dataCenterValue"), tr("Data center"));
    m_workspaceId = valueLabel(QStringLiteral("workspaceIdValue"), tr("Workspace ID"));
    m_siteId = valueLabel(QStringLiteral("siteIdValue"), tr("Site ID"));
    m_trackHost = valueLabel(QStringLiteral("trackHostValue"), tr("Track API host"));
    m_appHost = valueLabel(QStringLiteral("appHostValue"), tr("App API host"));
    m_route = valueLabel(QStringLiteral("routeValue"), tr("Default route"));
    form->addRow(tr("Workspace:"), m_workspace);
    form->addRow(tr("Data center:"), m_dataCenter);
    form->addRow(tr("Workspace ID:"), m_workspaceId);
    form->addRow(tr("Site ID:"), m_siteId);
    form->addRow(tr("Track API host:"), m_trackHost);
    form->addRow(tr("App API host:"), m_appHost);
    m_route->setToolTip(tr("Where the workspace's calls go unless \"Send via\" in \"Send a test call\" picks "
                           "another host for a test call."));
    form->addRow(tr("Default route:"), m_route);
    layout->addLayout(form);
    layout->addStretch(1);

    showEmpty(tr("Select a workspace to check its region."));
}

QLabel *RegionPanel::valueLabel(const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString RegionPanel::regionText() const
{
    return m_region->text();
}

QString RegionPanel::stateText() const
{
    return m_state->text();
}

void RegionPanel::setRegion(Region region, const QString &text)
{
    m_badge->setPixmap(RegionBadge::pixmap(region, m_region->font(), devicePixelRatioF()));
    m_region->setText(text);
}

void RegionPanel::setState(const QString &text, const QString &color)
{
    m_state->setText(text);
    m_state->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(color));
}

void RegionPanel::setDetails(const QStringList &values)
{
    QLabel *labels[] = {m_workspace, m_dataCenter, m_workspaceId, m_siteId, m_trackHost, m_appHost, m_route};
    for (int i = 0; i < int(std::size(labels)); ++i)
        labels[i]->setText(i < values.size() && !values.at(i).isEmpty() ? values.at(i) : Dash);
}

void RegionPanel::showEmpty(const QString &hint)
{
    setRegion(Region::Unknown, tr("No workspace selected"));
    setState(hint, QString());
    setDetails({});
}

void RegionPanel::showChecking(const Workspace &workspace)
{
    setRegion(Region::Unknown, tr("Checking…"));
    setState(tr("Asking Customer.io which region this account is in (GET /api/v1/accounts/region)…"), QString());
    setDetails({workspace.name, QString(), QString(), workspace.siteId});
}

void RegionPanel::showDetected(const Workspace &workspace, const RegionInfo &info, const EndpointTable &endpoints)
{
    setRegion(info.region, QStringLiteral("%1 (%2)").arg(regionDisplayName(info.region), regionCode(info.region)));
    setState(tr("✔ Verified %1 through %2")
                 .arg(QLocale().toString(info.verifiedAt.toLocalTime(), QLocale::ShortFormat), info.handledBy),
             QStringLiteral("#12805c"));
    setDetails({
        workspace.name,
        regionCode(info.region).toUpper(),
        info.environmentId >= 0 ? QString::number(info.environmentId) : tr("not reported"),
        workspace.siteId,
        endpoints.trackUrl(info.region).toString(),
        endpoints.appUrl(info.region).toString(),
        routeText(workspace, &endpoints, true),
    });
}

void RegionPanel::showUnknown(const Workspace &workspace, const QString &reason, const EndpointTable *endpoints)
{
    setRegion(Region::Unknown, regionDisplayName(Region::Unknown));
    QString state = tr("✖ Region not verified: %1").arg(reason);
    if (workspace.region != Region::Unknown) {
        // What was stored stays what it is: the last answer, not the region now.
        const QString when = workspace.verifiedAt.isValid()
            ? QLocale().toString(workspace.verifiedAt.toLocalTime(), QLocale::ShortFormat)
            : tr("an earlier check");
        state +=
            u'\n' + tr("Last seen as %1 (%2); not confirmed now.").arg(regionCode(workspace.region).toUpper(), when);
    }
    setState(state, QStringLiteral("#c01c28"));
    setDetails({workspace.name, tr("unknown"), QString(), workspace.siteId, QString(), QString(),
                routeText(workspace, endpoints, false)});
}

QString RegionPanel::routeText(const Workspace &workspace, const EndpointTable *endpoints, bool verified)
{
    // The workspace's default; a test call may pick another host with "Send via", which says so itself.
    if (!endpoints)
        return {};
    const Region firstHop = workspace.firstHopRegion();
    const QString host = EndpointTable::hostLabel(endpoints->trackUrl(firstHop));
    const QString code = regionCode(firstHop).toUpper();
    switch (workspace.route) {
    case Route::Us:
    case Route::Eu:
        return tr("Forced: by default, calls go to the %1 host (%2)").arg(code, host);
    case Route::Auto:
        break;
    }
    if (!verified)
        return tr("Automatic: the region is not verified, so each test call needs a host chosen in \"Send via\" "
                  "(US host or EU host)");
    if (workspace.region == Region::Unknown)
        return tr("Automatic: region not known yet, so by default calls go to the %1 host (%2), Customer.io's "
                  "default")
            .arg(code, host);
    return tr("Automatic: by default, calls go to the detected region's host, %1 (%2)").arg(code, host);
}
