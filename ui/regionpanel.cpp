#include "regionpanel.h"

#include "consolesession.h"
#include "hostnames.h"
#include "pipelinessection.h"
#include "statuscolors.h"

#include "regionbadge.h"
#include "sdksnippetview.h"
#include "uilanguage.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <utility>

namespace {
const QString Dash = QStringLiteral("—");
}

RegionPanel::RegionPanel(QWidget *parent)
    : QGroupBox(tr("Data and Privacy"), parent)
{
    setObjectName(QStringLiteral("dataPrivacyPanel"));
    setAccessibleName(tr("Data and Privacy"));

    // Everything scrolls when the panel is shorter than its content: rows never overlap.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dataPrivacyScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
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
    auto *docs = new QLabel(this);
    docs->setObjectName(QStringLiteral("regionDocsLink"));
    docs->setAccessibleName(tr("Customer.io documentation on account regions"));
    docs->setTextFormat(Qt::RichText);
    docs->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    docs->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(docsUrl(), tr("About account regions").toHtmlEscaped()));
    // Without a browser the link would do nothing: the address is then shown, selectable, to copy.
    connect(docs, &QLabel::linkActivated, this, [docs](const QString &link) {
        if (QDesktopServices::openUrl(QUrl(link)))
            return;
        docs->setTextFormat(Qt::PlainText);
        docs->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        docs->setText(tr("No browser opened; the address: %1").arg(link));
    });
    docs->setToolTip(docsUrl());
    header->addWidget(m_badge);
    header->addWidget(m_region, 1);
    layout->addLayout(header);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("regionState"));
    m_state->setAccessibleName(tr("Region check state"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_state);
    m_failedRequest = new QLabel(this);
    m_failedRequest->setObjectName(QStringLiteral("failedRequestValue"));
    m_failedRequest->setAccessibleName(tr("The request that failed"));
    m_failedRequest->setWordWrap(true);
    m_failedRequest->setTextFormat(Qt::PlainText);
    m_failedRequest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A URL does not wrap: the label takes the panel's width and shows the whole request in its tooltip.
    m_failedRequest->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_failedRequest->hide();
    layout->addWidget(m_failedRequest);

    // The diagnosis, first: what disagrees with the detected region.
    m_diagnosis = new QLabel(this);
    m_diagnosis->setObjectName(QStringLiteral("diagnosisList"));
    m_diagnosis->setAccessibleName(tr("Diagnosis"));
    m_diagnosis->setWordWrap(true);
    m_diagnosis->setTextFormat(Qt::PlainText);
    m_diagnosis->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_diagnosis->setStyleSheet(StatusColors::bannerStyle(StatusColors::BannerKind::Warning, palette()));
    m_diagnosis->hide();
    layout->addWidget(m_diagnosis);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    m_workspace = valueLabel(QStringLiteral("workspaceValue"), tr("Workspace"));
    m_dataCenter = valueLabel(QStringLiteral("dataCenterValue"), tr("Data center"));
    m_account = valueLabel(QStringLiteral("accountValue"), tr("Account"));
    m_workspaceId = valueLabel(QStringLiteral("workspaceIdValue"), tr("Workspace ID"));
    m_siteId = valueLabel(QStringLiteral("siteIdValue"), tr("Site ID"));
    m_trackHost = valueLabel(QStringLiteral("trackHostValue"), tr("Track API host"));
    m_appHost = valueLabel(QStringLiteral("appHostValue"), tr("App API host"));
    m_transactionalHost = valueLabel(QStringLiteral("transactionalHostValue"), tr("Transactional API host"));
    m_route = valueLabel(QStringLiteral("routeValue"), tr("Default route"));
    const auto withCopy = [this](QLabel *value, const QString &objectName, const QString &what) {
        auto *row = new QHBoxLayout;
        row->addWidget(value, 1);
        row->addWidget(copyButton(objectName, value, what), 0, Qt::AlignTop);
        return row;
    };
    form->addRow(tr("Workspace:"), m_workspace);
    form->addRow(tr("Account:"), m_account);
    form->addRow(tr("Data center:"), m_dataCenter);
    form->addRow(tr("Workspace ID:"), m_workspaceId);
    form->addRow(tr("Site ID:"), m_siteId);
    form->addRow(tr("Track API host:"),
                 withCopy(m_trackHost, QStringLiteral("copyTrackHostButton"), tr("Track API host")));
    form->addRow(tr("App API host:"), withCopy(m_appHost, QStringLiteral("copyAppHostButton"), tr("App API host")));
    form->addRow(
        tr("Transactional:"),
        withCopy(m_transactionalHost, QStringLiteral("copyTransactionalHostButton"), tr("Transactional API host")));
    m_transactionalHost->setToolTip(tr("Transactional messages (POST /v1/send/email, push, sms…) go to the App API "
                                       "host of the account's region."));

    // The route: where the workspace's calls go first. Automatic = the detected region's host.
    m_routeCombo = new QComboBox(this);
    m_routeCombo->setObjectName(QStringLiteral("routeCombo"));
    m_routeCombo->setAccessibleName(tr("Route"));
    m_routeCombo->addItem(tr("Automatic (detected region)"), int(Route::Auto));
    m_routeCombo->addItem(tr("Always the US host"), int(Route::Us));
    m_routeCombo->addItem(tr("Always the EU host"), int(Route::Eu));
    // Its full width when there is room; a narrow panel may shrink it (the choice shows in its tooltip).
    m_routeCombo->setMinimumWidth(m_routeCombo->fontMetrics().averageCharWidth() * 14);
    m_routeCombo->setToolTip(tr("Where the workspace's calls go unless \"Send via\" in \"Send a test call\" picks "
                                "another host for a test call."));
    m_route->setToolTip(m_routeCombo->toolTip());
    auto *routeBox = new QVBoxLayout;
    routeBox->setSpacing(2);
    routeBox->addWidget(m_routeCombo, 0, Qt::AlignLeft);
    routeBox->addWidget(m_route);
    form->addRow(tr("Route:"), routeBox);
    connect(m_routeCombo, &QComboBox::activated, this,
            [this] { Q_EMIT routeChangeRequested(Route(m_routeCombo->currentData().toInt())); });

    // App API key: checked against the region's App API host and, on request, the other region's.
    m_checkAppKey = new QPushButton(tr("Check App API key"), this);
    m_checkAppKey->setObjectName(QStringLiteral("checkAppKeyButton"));
    m_checkAppKey->setAccessibleName(tr("Check the App API key"));
    m_checkOtherRegion = new QCheckBox(tr("also on the other region's host"), this);
    m_checkOtherRegion->setObjectName(QStringLiteral("checkOtherRegionCheck"));
    m_checkOtherRegion->setAccessibleName(tr("Also check the App API key on the other region's host"));
    m_checkOtherRegion->setToolTip(tr("See what an integration configured with the other region's App API host "
                                      "gets: Customer.io does not redirect App API calls."));
    m_appKeyResult = valueLabel(QStringLiteral("appKeyResult"), tr("App API key check"));
    auto *appBox = new QVBoxLayout;
    appBox->setSpacing(2);
    appBox->addWidget(m_checkAppKey, 0, Qt::AlignLeft);
    appBox->addWidget(m_checkOtherRegion);
    appBox->addWidget(m_appKeyResult);
    form->addRow(tr("App API key:"), appBox);
    connect(m_checkAppKey, &QPushButton::clicked, this,
            [this] { Q_EMIT appKeyCheckRequested(m_checkOtherRegion->isChecked()); });
    layout->addLayout(form);
    m_pipelines = new PipelinesSection(content);
    layout->addWidget(m_pipelines);
    layout->addWidget(docs, 0, Qt::AlignRight);
    layout->addWidget(new SdkSnippetView(content));

    layout->addStretch(1);
    scroll->setWidget(content);
    outer->addWidget(scroll);

    m_ageTimer = new QTimer(this);
    m_ageTimer->setInterval(30000);
    connect(m_ageTimer, &QTimer::timeout, this, &RegionPanel::updateAge);

    showEmpty(tr("Select a workspace to check its region."));
}

QString RegionPanel::docsUrl()
{
    // Customer.io's page on account regions (docs/customerio-api.md, Hosts per region).
    return QStringLiteral("https://docs.customer.io/accounts-and-workspaces/data-centers/");
}

QToolButton *RegionPanel::copyButton(const QString &objectName, QLabel *source, const QString &what)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setText(tr("Copy"));
    button->setAccessibleName(tr("Copy the %1").arg(what));
    button->setToolTip(tr("Copy the %1").arg(what));
    button->setAutoRaise(true);
    // A label may show a shortened value; its "copyText" property is then the usable one. The button
    // says "Copied" for a moment: every copy confirms.
    connect(button, &QToolButton::clicked, this, [button, source] {
        if (source->text() == Dash)
            return;
        const QString copy = source->property("copyText").toString();
        QGuiApplication::clipboard()->setText(copy.isEmpty() ? source->text() : copy);
        button->setText(tr("Copied"));
        QTimer::singleShot(1500, button, [button] { button->setText(tr("Copy")); });
    });
    return button;
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
    // The pill is a picture: its region as text, for screen readers.
    m_badge->setAccessibleName(tr("Region badge: %1").arg(RegionBadge::text(region)));
    m_region->setText(text);
}

void RegionPanel::setState(const QString &text, const QString &color)
{
    m_state->setText(text);
    m_state->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(color));
}

QString RegionPanel::hostText(QLabel *label, const EndpointTable &endpoints, const QUrl &url) const
{
    // A stand-in's host (the sandbox's) says which Customer.io host it stands for; Copy gives the URL.
    const QString plain = EndpointTable::hostLabel(url);
    const QString shown = HostNames::shown(plain, &endpoints, m_session && m_session->isOnSandbox());
    label->setProperty("copyText", url.toString());
    return shown == plain ? url.toString() : shown;
}

QString RegionPanel::transactionalText(const EndpointTable &endpoints, const QUrl &appUrl) const
{
    const QString plain = EndpointTable::hostLabel(appUrl);
    const QString path = QStringLiteral("/v1/send/…");
    const QString shown =
        HostNames::shown(plain, &endpoints, m_session && m_session->isOnSandbox(), HostNames::Form::Full, path);
    return shown == plain ? appUrl.toString() + path : shown;
}

void RegionPanel::setDetails(const QStringList &values, const QString &transactional)
{
    QLabel *labels[] = {m_workspace, m_dataCenter, m_workspaceId, m_siteId, m_trackHost, m_appHost, m_route, m_account};
    for (int i = 0; i < int(std::size(labels)); ++i)
        labels[i]->setText(i < values.size() && !values.at(i).isEmpty() ? values.at(i) : Dash);
    for (QLabel *host : {m_trackHost, m_appHost}) {
        if (host->text() == Dash)
            host->setProperty("copyText", QString());
    }
    // Transactional messages go to the App API host (docs/customerio-api.md, App API and transactional).
    const QString appUrl = m_appHost->property("copyText").toString();
    const QString appBase = appUrl.isEmpty() ? m_appHost->text() : appUrl;
    m_transactionalHost->setText(m_appHost->text() == Dash      ? Dash
                                     : !transactional.isEmpty() ? transactional
                                                                : appBase + QStringLiteral("/v1/send/…"));
    m_transactionalHost->setProperty(
        "copyText", m_appHost->text() == Dash ? QString() : appBase + QStringLiteral("/v1/send/email"));
    for (const auto &[label, name] :
         {std::pair {m_trackHost, "copyTrackHostButton"}, std::pair {m_appHost, "copyAppHostButton"},
          std::pair {m_transactionalHost, "copyTransactionalHostButton"}}) {
        if (auto *button = findChild<QToolButton *>(QLatin1String(name)))
            button->setEnabled(label->text() != Dash);
    }
}

void RegionPanel::setRoute(const Workspace &workspace, bool enabled)
{
    m_routeCombo->setCurrentIndex(m_routeCombo->findData(int(workspace.route)));
    m_routeCombo->setEnabled(enabled);
}

void RegionPanel::updateAge()
{
    if (!m_verifiedAt.isValid()) {
        m_ageTimer->stop();
        return;
    }
    const qint64 seconds = qMax<qint64>(0, m_verifiedAt.secsTo(QDateTime::currentDateTimeUtc()));
    QString age;
    if (seconds < 60)
        age = tr("just now");
    else if (seconds < 3600)
        age = tr("%n minute(s) ago", nullptr, int(seconds / 60));
    else if (seconds < 86400)
        age = tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    else
        age = tr("%n day(s) ago", nullptr, int(seconds / 86400));
    setState(tr("✔ Verified %1 (%2) through %3")
                 .arg(UiLanguage::dateTime(m_verifiedAt.toLocalTime()), age, m_verifiedThrough),
             StatusColors::text(StatusColors::Tone::Success, palette()).name());
}

void RegionPanel::setDiagnoses(const QList<Diagnosis> &diagnoses)
{
    QStringList lines;
    for (const Diagnosis &d : diagnoses) {
        // A source's disagreement shows beside the sources.
        if (!PipelinesSection::isPipelinesFinding(d))
            lines << QStringLiteral("⚠ ") + d.message;
    }
    m_diagnosis->setText(lines.join(u'\n'));
    m_diagnosis->setVisible(!lines.isEmpty());
}

void RegionPanel::setAppKeyCheckAvailable(bool available, const QString &why)
{
    m_checkAppKey->setEnabled(available);
    m_checkOtherRegion->setEnabled(available);
    m_checkAppKey->setToolTip(available ? tr("Ask the App API host of the account's region (GET /v1/segments, "
                                             "read-only) whether the key works")
                                        : why);
    if (!available)
        m_appKeyResult->setText(why.isEmpty() ? Dash : why);
}

void RegionPanel::showAppKeyChecking()
{
    m_checkAppKey->setEnabled(false);
    m_appKeyResult->setText(tr("Checking…"));
}

void RegionPanel::showAppKeyProbes(const QList<AppKeyProbe> &probes)
{
    QStringList lines;
    for (const AppKeyProbe &p : probes)
        lines << (p.verdict == AppKeyProbe::Verdict::Accepted ? QStringLiteral("✔ ") : QStringLiteral("✖ ")) + p.text();
    m_appKeyResult->setText(lines.join(u'\n'));
    m_checkAppKey->setEnabled(true);
}

void RegionPanel::showEmpty(const QString &hint)
{
    m_verifiedAt = QDateTime();
    updateAge();
    setRegion(Region::Unknown, tr("No workspace selected"));
    setState(hint, QString());
    setDetails({});
    m_failedRequest->hide();
    setDiagnoses({});
    setRoute(Workspace(), false);
    setAppKeyCheckAvailable(false);
}

void RegionPanel::showChecking(const Workspace &workspace)
{
    m_verifiedAt = QDateTime();
    updateAge();
    setRegion(Region::Unknown, tr("Checking…"));
    setState(tr("Asking Customer.io which region this account is in (GET /api/v1/accounts/region)…"), QString());
    setDetails(
        {workspace.name, QString(), QString(), workspace.siteId, QString(), QString(), QString(), workspace.account});
    m_failedRequest->hide();
    setDiagnoses({});
    setRoute(workspace, false);
    setAppKeyCheckAvailable(false, tr("Available once the region is verified."));
}

void RegionPanel::showDetected(const Workspace &workspace, const RegionInfo &info, const EndpointTable &endpoints)
{
    setRegion(info.region, QStringLiteral("%1 (%2)").arg(regionDisplayName(info.region), regionCode(info.region)));
    m_verifiedAt = info.verifiedAt;
    m_verifiedThrough = info.handledBy;
    updateAge();
    m_ageTimer->start();
    m_failedRequest->hide();
    setRoute(workspace, true);
    setAppKeyCheckAvailable(workspace.hasAppApiKey,
                            tr("No App API key stored for this workspace (add one with Edit workspace)."));
    if (workspace.hasAppApiKey)
        m_appKeyResult->setText(tr("Not checked yet."));
    setDetails(
        {
            workspace.name,
            regionCode(info.region).toUpper(),
            info.environmentId >= 0 ? QString::number(info.environmentId) : tr("not reported"),
            workspace.siteId,
            hostText(m_trackHost, endpoints, endpoints.trackUrl(info.region)),
            hostText(m_appHost, endpoints, endpoints.appUrl(info.region)),
            routeText(workspace, &endpoints, true, m_session && m_session->isOnSandbox()),
            workspace.account.isEmpty() ? tr("not set") : workspace.account,
        },
        transactionalText(endpoints, endpoints.appUrl(info.region)));
}

void RegionPanel::showUnknown(const Workspace &workspace, const QString &reason, const EndpointTable *endpoints,
                              const QString &failedRequest)
{
    m_verifiedAt = QDateTime();
    updateAge();
    setRegion(Region::Unknown, regionDisplayName(Region::Unknown));
    m_failedRequest->setText(failedRequest.isEmpty() ? QString() : tr("Request: %1").arg(failedRequest));
    m_failedRequest->setToolTip(m_failedRequest->text());
    m_failedRequest->setVisible(!failedRequest.isEmpty());
    setDiagnoses({});
    setRoute(workspace, true);
    setAppKeyCheckAvailable(false, tr("Available once the region is verified."));
    QString state = tr("✖ Region not verified: %1").arg(reason);
    if (workspace.region != Region::Unknown) {
        // What was stored stays what it is: the last answer, not the region now.
        const QString when = workspace.verifiedAt.isValid() ? UiLanguage::dateTime(workspace.verifiedAt.toLocalTime())
                                                            : tr("an earlier check");
        state +=
            u'\n' + tr("Last seen as %1 (%2); not confirmed now.").arg(regionCode(workspace.region).toUpper(), when);
    }
    setState(state, StatusColors::text(StatusColors::Tone::Error, palette()).name());
    setDetails({workspace.name, tr("unknown"), QString(), workspace.siteId, QString(), QString(),
                routeText(workspace, endpoints, false, m_session && m_session->isOnSandbox()), workspace.account});
}

void RegionPanel::showPipelinesOnly(const Workspace &workspace)
{
    m_verifiedAt = QDateTime();
    updateAge();
    setRegion(Region::Unknown, tr("No Track credentials"));
    setState(tr("This workspace has Pipelines sources only: without a Site ID and Track API key there is no "
                "region check. Each source's region and what it rests on are under Pipelines API."),
             QString());
    setDetails({workspace.name, QString(), QString(), tr("none"), QString(), QString(), QString(),
                workspace.account.isEmpty() ? tr("not set") : workspace.account});
    m_failedRequest->hide();
    setRoute(workspace, false);
    setAppKeyCheckAvailable(false, tr("An App API key needs the workspace's Track credentials."));
    if (m_session)
        setDiagnoses(m_session->diagnoses());
}

QString RegionPanel::routeText(const Workspace &workspace, const EndpointTable *endpoints, bool verified, bool sandbox)
{
    // The workspace's default; a test call may pick another host with "Send via", which says so itself.
    if (!endpoints)
        return {};
    const Region firstHop = workspace.firstHopRegion();
    const QString host = HostNames::shown(EndpointTable::hostLabel(endpoints->trackUrl(firstHop)), endpoints, sandbox);
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

void RegionPanel::follow(ConsoleSession *session)
{
    m_session = session;
    m_pipelines->follow(session);
    findChild<SdkSnippetView *>()->follow(session);
    connect(this, &RegionPanel::routeChangeRequested, session, &ConsoleSession::setRoute);
    connect(this, &RegionPanel::appKeyCheckRequested, session, &ConsoleSession::checkAppKey);
    connect(session, &ConsoleSession::currentWorkspaceChanged, this, [this] {
        const std::optional<Workspace> current = m_session->currentWorkspace();
        if (!current) {
            showEmpty(m_session->workspaces().isEmpty() ? tr("No workspace yet: add one, or try the sandbox.")
                                                        : tr("Select a workspace to check its region."));
        } else if (!current->hasTrackCredentials()) {
            showPipelinesOnly(*current);
        }
    });
    connect(session, &ConsoleSession::regionCheckStarted, this, &RegionPanel::showChecking);
    connect(session, &ConsoleSession::regionCheckFinished, this, [this](const QString &name, const RegionInfo &info) {
        const std::optional<Workspace> current = m_session->currentWorkspace();
        if (!current || current->name != name)
            return;
        const EndpointTable *endpoints = m_session->activeEndpoints();
        if (!info.ok || !endpoints) {
            showUnknown(*current, info.error, endpoints, m_session->failedRequest(name));
        } else {
            showDetected(*current, info, *endpoints);
            const QList<AppKeyProbe> probes = m_session->appKeyProbes(name);
            if (!probes.isEmpty())
                showAppKeyProbes(probes);
        }
        setDiagnoses(m_session->diagnoses());
    });
    connect(session, &ConsoleSession::routeChanged, this, &RegionPanel::showSelected);
    connect(session, &ConsoleSession::diagnosesChanged, this, [this] { setDiagnoses(m_session->diagnoses()); });
    connect(session, &ConsoleSession::appKeyCheckStarted, this, &RegionPanel::showAppKeyChecking);
    connect(session, &ConsoleSession::appKeyCheckUnavailable, this,
            [this](const QString &why) { setAppKeyCheckAvailable(true, why); });
    connect(session, &ConsoleSession::appKeyProbesChanged, this,
            [this](const QString &name) { showAppKeyProbes(m_session->appKeyProbes(name)); });
}

void RegionPanel::showSelected(const Workspace &workspace)
{
    if (!workspace.hasTrackCredentials()) {
        showPipelinesOnly(workspace);
        return;
    }
    const EndpointTable *endpoints = m_session ? m_session->activeEndpoints() : nullptr;
    const bool verified = !m_session || m_session->isRegionVerified(workspace.name);
    if (!verified || workspace.region == Region::Unknown || !endpoints) {
        const QString failure = m_session ? m_session->regionCheckFailure(workspace.name) : QString();
        showUnknown(workspace, failure.isEmpty() ? tr("not checked yet") : failure, endpoints);
        return;
    }
    RegionInfo info;
    info.ok = true;
    info.region = workspace.region;
    info.environmentId = workspace.environmentId;
    info.verifiedAt = workspace.verifiedAt;
    info.handledBy = workspace.verifiedVia;
    showDetected(workspace, info, *endpoints);
    const QList<AppKeyProbe> probes = m_session->appKeyProbes(workspace.name);
    if (!probes.isEmpty())
        showAppKeyProbes(probes);
    setDiagnoses(m_session->diagnoses());
}
