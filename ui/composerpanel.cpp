#include "composerpanel.h"

#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
const QString ErrorStyle = QStringLiteral("color: #c01c28;");
const QString WarningStyle = QStringLiteral("color: #b35c00;");

// Keeps the widget's place in the layout while it is hidden, so that nothing around it moves.
void retainSpace(QWidget *widget)
{
    QSizePolicy policy = widget->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    widget->setSizePolicy(policy);
}
} // namespace

ComposerPanel::ComposerPanel(QWidget *parent)
    : QGroupBox(tr("Send a test call"), parent)
{
    setObjectName(QStringLiteral("composer"));
    setAccessibleName(tr("Send a test call"));

    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("callTypeCombo"));
    m_kind->setAccessibleName(tr("Call type"));
    m_kind->addItem(tr("Identify person"), int(CallKind::Identify));
    m_kind->addItem(tr("Customer event"), int(CallKind::Event));
    m_kind->addItem(tr("Anonymous event"), int(CallKind::AnonymousEvent));
    m_form->addRow(tr("Call:"), m_kind);

    m_identifier = new QLineEdit(this);
    m_identifier->setObjectName(QStringLiteral("identifierEdit"));
    m_identifierLabel = new QLabel(this);
    m_form->addRow(m_identifierLabel, m_identifier);

    m_eventName = new QLineEdit(this);
    m_eventName->setObjectName(QStringLiteral("eventNameEdit"));
    m_eventName->setAccessibleName(tr("Event name"));
    m_eventName->setPlaceholderText(tr("e.g. purchased"));
    m_form->addRow(tr("Event name:"), m_eventName);

    m_json = new QPlainTextEdit(this);
    m_json->setObjectName(QStringLiteral("jsonEdit"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setTabChangesFocus(true);
    m_json->setPlaceholderText(QStringLiteral("{\"plan\": \"pro\"}"));
    const QFontMetrics fm(m_json->font());
    m_json->setMinimumHeight(fm.lineSpacing() * 3 + 12);
    m_json->setMaximumHeight(fm.lineSpacing() * 6 + 12);
    m_jsonLabel = new QLabel(this);
    m_form->addRow(m_jsonLabel, m_json);

    // "Send via" and, beside it, the host the next call goes to.
    m_via = new QComboBox(this);
    m_via->setObjectName(QStringLiteral("sendViaCombo"));
    m_via->setAccessibleName(tr("Send via"));
    m_via->addItem(tr("Detected region"), int(Via::Detected));
    m_via->addItem(tr("US host"), int(Via::Us));
    m_via->addItem(tr("EU host"), int(Via::Eu));
    m_via->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_viaTarget = new QLabel(this);
    m_viaTarget->setObjectName(QStringLiteral("sendViaTarget"));
    m_viaTarget->setAccessibleName(tr("Host the next call goes to"));
    m_viaTarget->setTextFormat(Qt::PlainText);
    m_viaTarget->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *viaRow = new QHBoxLayout;
    viaRow->addWidget(m_via);
    viaRow->addWidget(m_viaTarget, 1);
    auto *viaLabel = new QLabel(tr("Send via:"), this);
    viaLabel->setBuddy(m_via);
    m_form->addRow(viaLabel, viaRow);

    // What happens on that host, when it is not the account's region. Two lines are reserved for it.
    m_viaWarning = new QLabel(this);
    m_viaWarning->setObjectName(QStringLiteral("sendViaWarning"));
    m_viaWarning->setAccessibleName(tr("About the host the next call goes to"));
    m_viaWarning->setTextFormat(Qt::PlainText);
    m_viaWarning->setWordWrap(true);
    m_viaWarning->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_viaWarning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_viaWarning->setFixedHeight(m_viaWarning->fontMetrics().lineSpacing() * 2);
    retainSpace(m_viaWarning);
    m_viaWarning->installEventFilter(this);
    // QFormLayout gives a hidden field's row no space whatever its size policy; a box layout keeps it.
    auto *warningBox = new QWidget(this);
    auto *warningLayout = new QVBoxLayout(warningBox);
    warningLayout->setContentsMargins(0, 0, 0, 0);
    warningLayout->addWidget(m_viaWarning);
    m_form->addRow(QString(), warningBox);
    layout->addLayout(m_form);

    // The problems with the call: a fixed area of two lines, one problem a line (the full list in the
    // tooltip), so that the Send button below never moves.
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("composerProblems"));
    m_problems->setAccessibleName(tr("Problems with the call"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(false);
    m_problems->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(ErrorStyle);
    m_problems->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_problems->setFixedHeight(m_problems->fontMetrics().lineSpacing() * 2 + 2);
    retainSpace(m_problems);
    m_problems->installEventFilter(this);
    layout->addWidget(m_problems);

    auto *row = new QHBoxLayout;
    m_credentialHint = new QLabel(this);
    m_credentialHint->setObjectName(QStringLiteral("composerCredentialHint"));
    m_credentialHint->setAccessibleName(tr("Why sending is unavailable"));
    m_credentialHint->setWordWrap(true);
    m_credentialHint->setEnabled(false);
    row->addWidget(m_credentialHint, 1, Qt::AlignTop);
    m_send = new QPushButton(tr("Send"), this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setAccessibleName(tr("Send the test call"));
    m_send->setDefault(true);
    m_send->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // Wide enough for "Sending…" too: the button keeps its size while a call is in flight.
    const QFontMetrics buttonMetrics = m_send->fontMetrics();
    m_send->setMinimumWidth(
        qMax(buttonMetrics.horizontalAdvance(tr("Send")), buttonMetrics.horizontalAdvance(tr("Sending…"))) + 40);
    m_send->installEventFilter(this);
    row->addWidget(m_send, 0, Qt::AlignTop);
    layout->addLayout(row);
    layout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ComposerPanel::updateForm);
    connect(m_via, &QComboBox::currentIndexChanged, this, &ComposerPanel::updateRoute);
    connect(m_via, &QComboBox::currentIndexChanged, this, &ComposerPanel::validate); // a host may now be chosen
    connect(m_identifier, &QLineEdit::textChanged, this, &ComposerPanel::validate);
    connect(m_eventName, &QLineEdit::textChanged, this, &ComposerPanel::validate);
    connect(m_json, &QPlainTextEdit::textChanged, this, &ComposerPanel::validate);
    // Typed by the admin (not set by code): from now on an empty field is reported.
    connect(m_identifier, &QLineEdit::textEdited, this, [this] {
        m_identifierEdited = true;
        validate();
    });
    connect(m_eventName, &QLineEdit::textEdited, this, [this] {
        m_eventNameEdited = true;
        validate();
    });
    connect(m_identifier, &QLineEdit::returnPressed, this, &ComposerPanel::attemptSend);
    connect(m_eventName, &QLineEdit::returnPressed, this, &ComposerPanel::attemptSend);
    connect(m_send, &QPushButton::clicked, this, &ComposerPanel::attemptSend);

    setWorkspace(nullptr);
    setCredentialsAvailable(false, tr("Select a workspace to send calls."));
    updateForm();
}

bool ComposerPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_problems && event->type() == QEvent::Resize) {
        showProblems(m_shownProblems); // elided to the new width
    } else if (watched == m_viaWarning && event->type() == QEvent::Resize) {
        // Room for the longest text at this width (two lines, unless the panel is very narrow), whether
        // or not one is shown, so that appearing does not move anything.
        const QFontMetrics fm = m_viaWarning->fontMetrics();
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
                fm.boundingRect(QRect(0, 0, m_viaWarning->width(), QWIDGETSIZE_MAX), Qt::TextWordWrap, text).height());
        if (height != m_viaWarning->height())
            m_viaWarning->setFixedHeight(height);
    } else if (watched == m_send && event->type() == QEvent::MouseButtonRelease && !m_send->isEnabled()) {
        // A click on the disabled button is an attempt: say what is missing.
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (m_send->rect().contains(mouse->position().toPoint()) && !m_sending && m_workspace && m_credentialsAvailable
            && !m_sendAttempted) {
            m_sendAttempted = true;
            validate();
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

void ComposerPanel::updateForm()
{
    const auto kind = CallKind(m_kind->currentData().toInt());
    const bool anonymous = kind == CallKind::AnonymousEvent;
    m_identifierLabel->setText(anonymous ? tr("Anonymous ID:") : tr("Identifier:"));
    m_identifier->setAccessibleName(anonymous ? tr("Anonymous ID") : tr("Identifier"));
    m_identifier->setPlaceholderText(anonymous ? tr("anonymous ID from your website or app")
                                               : tr("id, email or cio_<id>"));
    m_form->setRowVisible(m_eventName, kind != CallKind::Identify);
    m_jsonLabel->setText(kind == CallKind::Identify ? tr("Attributes (JSON):") : tr("Event data (JSON):"));
    m_json->setAccessibleName(kind == CallKind::Identify ? tr("Attributes as JSON") : tr("Event data as JSON"));
    validate();
}

void ComposerPanel::setWorkspace(const Workspace *workspace, const EndpointTable *endpoints)
{
    m_workspace = workspace ? std::optional<Workspace>(*workspace) : std::nullopt;
    m_endpoints = endpoints ? std::optional<EndpointTable>(*endpoints) : std::nullopt;
    m_regionVerified = true;
    updateRoute();
    validate();
}

void ComposerPanel::setRegionVerified(bool verified)
{
    m_regionVerified = verified;
    updateRoute();
    validate();
}

bool ComposerPanel::needsHostChoice() const
{
    return m_workspace && !m_regionVerified && via() == Via::Detected && m_workspace->route == Route::Auto;
}

std::optional<Region> ComposerPanel::target() const
{
    if (!m_workspace || needsHostChoice())
        return std::nullopt;
    return resolveVia(via(), *m_workspace);
}

QString ComposerPanel::pickHostNote(Region lastSeen)
{
    if (lastSeen == Region::Unknown)
        return tr("⚠ Region not verified: \"Detected region\" has no host. Pick US host or EU host to send.");
    return tr("⚠ Region not verified now (last seen %1): pick US host or EU host to send.")
        .arg(regionCode(lastSeen).toUpper());
}

QString ComposerPanel::routeWarning(Region account, Region target)
{
    if (account == Region::Eu && target == Region::Us)
        return tr("This account is in the EU: a call via the US host is redirected through US servers.");
    if (account == Region::Us && target == Region::Eu)
        return tr("Customer.io rejects a US account's calls on the EU host (401).");
    return {};
}

QString ComposerPanel::unverifiedNote(Region target, bool automatic)
{
    if (target == Region::Us && automatic)
        return tr("Region not verified yet: the call goes to the US host, Customer.io's default.");
    return tr("Region not verified yet: the call goes to the %1 host.").arg(regionCode(target).toUpper());
}

void ComposerPanel::updateRoute()
{
    if (!m_workspace) {
        m_viaTarget->clear();
        m_viaWarning->clear();
        m_viaWarning->hide();
        return;
    }
    if (needsHostChoice()) {
        m_viaTarget->setText(tr("→ no host chosen"));
        m_viaWarning->setText(pickHostNote(m_workspace->region));
        m_viaWarning->setStyleSheet(WarningStyle);
        m_viaWarning->show();
        return;
    }
    const Region target = resolveVia(via(), *m_workspace);
    const QString code = regionCode(target).toUpper();
    m_viaTarget->setText(m_endpoints
                             ? tr("→ %1 host: %2").arg(code, EndpointTable::hostLabel(m_endpoints->trackUrl(target)))
                             : tr("→ %1 host").arg(code));

    QString warning = routeWarning(m_workspace->region, target);
    QString note;
    if (warning.isEmpty() && m_workspace->region == Region::Unknown && via() == Via::Detected)
        note = unverifiedNote(target, m_workspace->route == Route::Auto);
    m_viaWarning->setText(warning.isEmpty() ? note : tr("⚠ %1").arg(warning));
    m_viaWarning->setStyleSheet(warning.isEmpty() ? QString() : WarningStyle);
    m_viaWarning->setVisible(!m_viaWarning->text().isEmpty());
}

void ComposerPanel::setCredentialsAvailable(bool available, const QString &why)
{
    m_credentialsAvailable = available;
    m_credentialHint->setText(available ? QString() : why);
    m_credentialHint->setVisible(!available && !why.isEmpty());
    validate();
}

void ComposerPanel::setSending(bool sending)
{
    m_sending = sending;
    m_send->setText(sending ? tr("Sending…") : tr("Send"));
    validate();
}

void ComposerPanel::setCall(CallKind kind, const QString &identifier, const QString &name, const QString &json, Via via)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    m_identifier->setText(identifier);
    m_eventName->setText(name);
    m_json->setPlainText(json);
    m_via->setCurrentIndex(m_via->findData(int(via)));
    updateForm();
}

ComposerPanel::Via ComposerPanel::via() const
{
    return Via(m_via->currentData().toInt());
}

Region ComposerPanel::resolveVia(Via via, const Workspace &workspace)
{
    switch (via) {
    case Via::Us:
        return Region::Us;
    case Via::Eu:
        return Region::Eu;
    case Via::Detected:
        break;
    }
    return workspace.region != Region::Unknown ? workspace.region : workspace.firstHopRegion();
}

TrackCall ComposerPanel::buildCall(const QString &identifier, const QString &name, QStringList *problems) const
{
    const auto kind = CallKind(m_kind->currentData().toInt());
    const QString fieldName = kind == CallKind::Identify ? tr("Attributes") : tr("Event data");
    QJsonObject object;
    QString jsonError;
    const bool jsonOk = parseJsonObjectField(fieldName, m_json->toPlainText().toUtf8(), &object, &jsonError);

    TrackCall call;
    switch (kind) {
    case CallKind::Identify:
        call = TrackCall::identify(identifier, object);
        break;
    case CallKind::AnonymousEvent:
        call = TrackCall::anonymousEvent(identifier, name, object);
        break;
    default:
        call = TrackCall::event(identifier, name, object);
        break;
    }
    problems->clear();
    if (!jsonOk)
        *problems << jsonError;
    *problems << call.validate();
    return call;
}

TrackCall ComposerPanel::composedCall(QStringList *problems) const
{
    return buildCall(m_identifier->text(), m_eventName->text(), problems);
}

void ComposerPanel::attemptSend()
{
    if (m_sending || !m_workspace || !m_credentialsAvailable)
        return;
    m_sendAttempted = true;
    validate();
    if (!m_send->isEnabled())
        return;
    // Sent: the next call's empty fields are again reported once edited or attempted.
    m_sendAttempted = false;
    Q_EMIT sendRequested();
}

void ComposerPanel::validate()
{
    QStringList problems;
    composedCall(&problems);
    const bool valid = problems.isEmpty();
    QStringList shown = problems;
    if (!valid && !m_sendAttempted) {
        // An empty field the admin has not edited yet is not reported: the problems shown are those the
        // call would have with such fields filled in.
        const bool quietIdentifier = !m_identifierEdited && m_identifier->text().trimmed().isEmpty();
        const bool quietName = !m_eventNameEdited && m_eventName->text().trimmed().isEmpty();
        if (quietIdentifier || quietName) {
            const QString filler = QStringLiteral("x");
            buildCall(quietIdentifier ? filler : m_identifier->text(), quietName ? filler : m_eventName->text(),
                      &shown);
        }
    }
    showProblems(shown);
    m_send->setEnabled(valid && m_credentialsAvailable && m_workspace && !m_sending && !needsHostChoice());
}

void ComposerPanel::showProblems(const QStringList &problems)
{
    m_shownProblems = problems;
    const QString all = problems.join(u'\n');
    m_problems->setToolTip(all);
    m_problems->setAccessibleDescription(all);
    m_problems->setVisible(!problems.isEmpty());
    if (problems.isEmpty()) {
        m_problems->clear();
        return;
    }
    // One problem a line, at most two lines; a third and more are counted on the second.
    const QFontMetrics fm = m_problems->fontMetrics();
    const int width = m_problems->contentsRect().width() > 0 ? m_problems->contentsRect().width() : QWIDGETSIZE_MAX;
    QStringList lines;
    lines << fm.elidedText(problems.first(), Qt::ElideRight, width);
    if (problems.size() == 2) {
        lines << fm.elidedText(problems.at(1), Qt::ElideRight, width);
    } else if (problems.size() > 2) {
        const QString more = tr(" (+%n more)", nullptr, int(problems.size()) - 2);
        lines << fm.elidedText(problems.at(1), Qt::ElideRight, qMax(0, width - fm.horizontalAdvance(more))) + more;
    }
    m_problems->setText(lines.join(u'\n'));
}
