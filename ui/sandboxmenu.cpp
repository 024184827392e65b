#include "sandboxmenu.h"

#include <QAbstractButton>
#include <QActionGroup>
#include <QMessageBox>

namespace {
QString hostTitle(SandboxServer::Host host)
{
    switch (host) {
    case SandboxServer::Host::TrackUs:
        return SandboxMenu::tr("Track API, US host");
    case SandboxServer::Host::TrackEu:
        return SandboxMenu::tr("Track API, EU host");
    case SandboxServer::Host::ApiUs:
        return SandboxMenu::tr("App API, US host");
    case SandboxServer::Host::ApiEu:
        return SandboxMenu::tr("App API, EU host");
    case SandboxServer::Host::PipelinesUs:
        return SandboxMenu::tr("Pipelines API, US host");
    case SandboxServer::Host::PipelinesEu:
        return SandboxMenu::tr("Pipelines API, EU host");
    }
    return {};
}

SandboxFault::Kind kindOf(const QString &spec)
{
    SandboxFault fault;
    QString error;
    SandboxFault::fromSpec(spec, &fault, &error);
    return fault.kind;
}
} // namespace

QList<SandboxMenu::Choice> SandboxMenu::faultChoices()
{
    return {
        {QStringLiteral("none"), tr("None: normal answers")},
        {QStringLiteral("delay"), tr("Delay every answer by 1 s")},
        {QStringLiteral("hang"), tr("Hang: never answer")},
        {QStringLiteral("reset"), tr("Reset the connection mid-answer")},
        {QStringLiteral("status:503"), tr("Status 503 Service Unavailable")},
        {QStringLiteral("rate-limit"), tr("Status 429 rate limit")},
        {QStringLiteral("malformed-json"), tr("Malformed JSON body")},
        {QStringLiteral("oversized"), tr("Oversized body (10 MiB)")},
        {QStringLiteral("redirect-outside"), tr("Redirect outside the allow-list")},
    };
}

SandboxMenu::SandboxMenu(QWidget *parent)
    : QMenu(tr("&Sandbox"), parent)
{
    setObjectName(QStringLiteral("sandboxMenu"));
    setToolTipsVisible(true);
    const QList<Choice> choices = faultChoices();
    for (const SandboxServer::Host host : SandboxServer::allHosts()) {
        const QString hostName = SandboxServer::hostName(host);
        QMenu *hostMenu = addMenu(tr("%1 (%2)").arg(hostTitle(host), hostName));
        hostMenu->setObjectName(QStringLiteral("sandboxFaultMenu_%1").arg(hostName));
        auto *group = new QActionGroup(hostMenu);
        QList<QAction *> actions;
        for (const Choice &choice : choices) {
            QAction *action = hostMenu->addAction(choice.label);
            action->setObjectName(
                QStringLiteral("sandboxFault_%1_%2").arg(hostName, SandboxFault::kindName(kindOf(choice.spec))));
            action->setCheckable(true);
            action->setData(choice.spec);
            group->addAction(action);
            connect(action, &QAction::triggered, this, [this, host, spec = choice.spec] { setFault(host, spec); });
            actions << action;
        }
        m_faultActions << actions;
    }
    addSeparator();
    QMenu *redirect = addMenu(tr("Wrong-region redirect status"));
    redirect->setObjectName(QStringLiteral("sandboxRedirectMenu"));
    redirect->setToolTipsVisible(true);
    auto *redirectGroup = new QActionGroup(redirect);
    for (int status : redirectStatuses) {
        QAction *action = redirect->addAction(QString::number(status));
        action->setObjectName(QStringLiteral("sandboxRedirect_%1").arg(status));
        action->setCheckable(true);
        action->setData(status);
        if (status == 301)
            action->setToolTip(tr("The status Customer.io has been seen to send"));
        redirectGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, status] {
            if (m_server)
                m_server->setRedirectStatus(status);
            sync();
        });
        m_redirectActions << action;
    }
    QMenu *appWrongRegion = addMenu(tr("App API key of the other region"));
    appWrongRegion->setObjectName(QStringLiteral("sandboxAppWrongRegionMenu"));
    auto *appGroup = new QActionGroup(appWrongRegion);
    const std::pair<SandboxAppApi::WrongRegion, QString> appChoices[] = {
        {SandboxAppApi::WrongRegion::Unauthorized, tr("Answer 401 (as documented)")},
        {SandboxAppApi::WrongRegion::Redirect, tr("Redirect an EU key with 301 \"wrong datacenter\" (as observed)")},
    };
    for (const auto &[mode, label] : appChoices) {
        QAction *action = appWrongRegion->addAction(label);
        action->setObjectName(QStringLiteral("sandboxAppWrongRegion_%1").arg(SandboxAppApi::wrongRegionName(mode)));
        action->setCheckable(true);
        action->setData(int(mode));
        appGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode = mode] {
            if (m_server)
                m_server->setAppWrongRegion(mode);
            sync();
        });
        m_appWrongRegionActions << action;
    }
    addPipelinesWrongRegionMenu();
    addSeparator();
    m_clearAction = addAction(tr("Clear all faults"));
    m_clearAction->setObjectName(QStringLiteral("sandboxClearFaultsAction"));
    connect(m_clearAction, &QAction::triggered, this, [this] {
        if (!m_server)
            return;
        for (const SandboxServer::Host host : SandboxServer::allHosts())
            m_server->setFault(host, SandboxFault());
        sync();
    });
    addSeparator();
    // To practise Add workspace: the demo accounts' Site IDs and keys (they open nothing but the sandbox).
    QAction *keys = addAction(tr("Demo accounts and keys…"));
    keys->setObjectName(QStringLiteral("sandboxKeysAction"));
    connect(keys, &QAction::triggered, this, [this] {
        if (!m_server)
            return;
        auto *box = new QMessageBox(QMessageBox::Information, tr("Sandbox accounts"),
                                    tr("Use these in Add workspace to practise; they work on the sandbox only."),
                                    QMessageBox::Close, parentWidget());
        box->setObjectName(QStringLiteral("sandboxKeysDialog"));
        if (QAbstractButton *close = box->button(QMessageBox::Close)) {
            close->setObjectName(QStringLiteral("sandboxKeysCloseButton"));
            close->setAccessibleName(tr("Close"));
        }
        box->setInformativeText(accountsText(*m_server));
        box->setTextInteractionFlags(Qt::TextSelectableByMouse);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    // The server may have changed through the inspection API since the menu was last shown.
    connect(this, &QMenu::aboutToShow, this, &SandboxMenu::sync);
    setServer(nullptr);
}

void SandboxMenu::addPipelinesWrongRegionMenu()
{
    // Customer.io documents no answer to a key sent to the other region's Pipelines host: both items are
    // assumptions (SandboxPipelinesApi, docs/sandbox.md).
    QMenu *menu = addMenu(tr("Pipelines key of the other region"));
    menu->setObjectName(QStringLiteral("sandboxPipelinesWrongRegionMenu"));
    menu->setToolTipsVisible(true);
    auto *group = new QActionGroup(menu);
    const std::pair<SandboxPipelinesApi::WrongRegion, QString> choices[] = {
        {SandboxPipelinesApi::WrongRegion::Refuse,
         tr("Refuse: 401 in strict mode, 200 and dropped otherwise (assumed)")},
        {SandboxPipelinesApi::WrongRegion::Accept, tr("Accept the call as on its own region's host (assumed)")},
    };
    for (const auto &[mode, label] : choices) {
        QAction *action = menu->addAction(label);
        action->setObjectName(
            QStringLiteral("sandboxPipelinesWrongRegion_%1").arg(SandboxPipelinesApi::wrongRegionName(mode)));
        action->setCheckable(true);
        action->setData(int(mode));
        action->setToolTip(tr("Customer.io does not document this answer; the sandbox assumes it."));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode = mode] {
            if (m_server)
                m_server->setPipelinesWrongRegion(mode);
            sync();
        });
        m_pipelinesWrongRegionActions << action;
    }
}

QString SandboxMenu::accountsText(const SandboxServer &server)
{
    QStringList lines;
    for (const SandboxAccount &account : server.accounts()) {
        for (const SandboxWorkspace &w : account.workspaces) {
            lines << tr("%1 (%2): Site ID %3, Track API key %4%5")
                         .arg(w.name, account.region.toUpper(), w.siteId, w.trackApiKey,
                              w.appApiKeys.isEmpty() ? QString() : tr(", App API key %1").arg(w.appApiKeys.first()));
            for (const SandboxPipelinesSource &source : w.pipelinesSources)
                lines << tr("    Pipelines source %1: API key %2").arg(source.name, source.apiKey);
        }
    }
    return lines.join(u'\n');
}

void SandboxMenu::setServer(SandboxServer *server)
{
    disconnect(m_serverConnection);
    m_server = server;
    disconnect(m_pipelinesConnection);
    if (server) {
        m_serverConnection = connect(server, &SandboxServer::faultChanged, this, &SandboxMenu::sync);
        m_pipelinesConnection = connect(server, &SandboxServer::pipelinesWrongRegionChanged, this, &SandboxMenu::sync);
    }
    sync();
}

void SandboxMenu::setFault(SandboxServer::Host host, const QString &spec)
{
    SandboxFault fault;
    QString error;
    if (m_server && SandboxFault::fromSpec(spec, &fault, &error))
        m_server->setFault(host, fault);
    sync();
}

void SandboxMenu::sync()
{
    const bool enabled = m_server != nullptr;
    for (const SandboxServer::Host host : SandboxServer::allHosts()) {
        const SandboxFault::Kind current = enabled ? m_server->fault(host).kind : SandboxFault::Kind::None;
        for (QAction *action : std::as_const(m_faultActions[int(host)])) {
            action->setEnabled(enabled);
            action->setChecked(kindOf(action->data().toString()) == current);
        }
    }
    const int redirectStatus = enabled ? m_server->redirectStatus() : 301;
    for (QAction *action : std::as_const(m_redirectActions)) {
        action->setEnabled(enabled);
        action->setChecked(action->data().toInt() == redirectStatus);
    }
    const int appMode = int(enabled ? m_server->appWrongRegion() : SandboxAppApi::WrongRegion::Unauthorized);
    for (QAction *action : std::as_const(m_appWrongRegionActions)) {
        action->setEnabled(enabled);
        action->setChecked(action->data().toInt() == appMode);
    }
    const int pipelinesMode =
        int(enabled ? m_server->pipelinesWrongRegion() : SandboxPipelinesApi::WrongRegion::Refuse);
    for (QAction *action : std::as_const(m_pipelinesWrongRegionActions)) {
        action->setEnabled(enabled);
        action->setChecked(action->data().toInt() == pipelinesMode);
    }
    m_clearAction->setEnabled(enabled);
    if (auto *keys = findChild<QAction *>(QStringLiteral("sandboxKeysAction")))
        keys->setEnabled(enabled);
    Q_EMIT faultsChanged(enabled ? activeFaults(*m_server) : QString());
}

QString SandboxMenu::activeFaults(const SandboxServer &server)
{
    QStringList parts;
    for (const SandboxServer::Host host : SandboxServer::allHosts()) {
        const SandboxFault fault = server.fault(host);
        if (fault.kind != SandboxFault::Kind::None)
            parts << QStringLiteral("%1 %2").arg(SandboxServer::hostName(host), fault.toSpec());
    }
    if (server.redirectStatus() != 301)
        parts << tr("redirects %1").arg(server.redirectStatus());
    if (server.appWrongRegion() == SandboxAppApi::WrongRegion::Redirect)
        parts << tr("App API wrong region: 301");
    if (server.pipelinesWrongRegion() == SandboxPipelinesApi::WrongRegion::Accept)
        parts << tr("Pipelines wrong region: accepted");
    return parts.join(QStringLiteral(" · "));
}
