#include "composerpanel.h"

#include "burststatus.h"
#include "problemlist.h"
#include "routeadvice.h"
#include "templatebar.h"
#include "timestampeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// A form label without its colon ("Page URL:" names the field "Page URL"); a label not set yet is "".
QString fieldName(const QString &label)
{
    return label.endsWith(u':') ? label.left(label.size() - 1) : label;
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

    m_templateBar = new TemplateBar([this] { return composition(); }, this);
    auto *templateLabel = new QLabel(tr("Template:"), this);
    templateLabel->setBuddy(m_templateBar->comboBox());
    m_form->addRow(templateLabel, m_templateBar);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("callTypeCombo"));
    m_kind->setAccessibleName(tr("Call type"));
    m_kind->addItem(tr("Identify person"), int(CallKind::Identify));
    m_kind->addItem(tr("Delete person"), int(CallKind::DeletePerson));
    m_kind->addItem(tr("Customer event"), int(CallKind::Event));
    m_kind->addItem(tr("Page view"), int(CallKind::PageView));
    m_kind->addItem(tr("Screen view"), int(CallKind::ScreenView));
    m_kind->addItem(tr("Anonymous event"), int(CallKind::AnonymousEvent));
    m_kind->addItem(tr("Add or update device"), int(CallKind::AddDevice));
    m_kind->addItem(tr("Delete device"), int(CallKind::DeleteDevice));
    m_kind->addItem(tr("Suppress person"), int(CallKind::Suppress));
    m_kind->addItem(tr("Unsuppress person"), int(CallKind::Unsuppress));
    m_kind->addItem(tr("Merge people"), int(CallKind::Merge));
    m_kind->addItem(tr("Track v2: one entity operation"), int(CallKind::Entity));
    m_kind->addItem(tr("Track v2: batch"), int(CallKind::Batch));
    m_kind->setCurrentIndex(m_kind->findData(int(CallKind::Event)));
    m_form->addRow(tr("Call:"), m_kind);

    m_identifier = new QLineEdit(this);
    m_identifier->setObjectName(QStringLiteral("identifierEdit"));
    m_identifierLabel = new QLabel(this);
    m_identifierLabel->setBuddy(m_identifier);
    m_form->addRow(m_identifierLabel, m_identifier);

    m_secondary = new QLineEdit(this);
    m_secondary->setObjectName(QStringLiteral("secondaryEdit"));
    m_secondary->setAccessibleName(tr("Secondary person"));
    m_secondary->setPlaceholderText(tr("merged into the primary person, then deleted"));
    m_form->addRow(tr("Secondary person:"), m_secondary);

    m_deviceId = new QLineEdit(this);
    m_deviceId->setObjectName(QStringLiteral("deviceIdEdit"));
    m_deviceId->setAccessibleName(tr("Device ID"));
    m_deviceId->setPlaceholderText(tr("device token"));
    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("platformCombo"));
    m_platform->setAccessibleName(tr("Device platform"));
    m_platform->addItem(QStringLiteral("ios"));
    m_platform->addItem(QStringLiteral("android"));
    m_deviceRow = new QWidget(this);
    auto *deviceRow = new QHBoxLayout(m_deviceRow);
    deviceRow->setContentsMargins(0, 0, 0, 0);
    deviceRow->addWidget(m_deviceId, 1);
    deviceRow->addWidget(m_platform);
    auto *deviceLabel = new QLabel(tr("Device ID:"), this);
    deviceLabel->setBuddy(m_deviceId);
    m_form->addRow(deviceLabel, m_deviceRow);

    m_eventName = new QLineEdit(this);
    m_eventName->setObjectName(QStringLiteral("eventNameEdit"));
    m_eventNameLabel = new QLabel(this);
    m_eventNameLabel->setBuddy(m_eventName);
    m_form->addRow(m_eventNameLabel, m_eventName);

    m_timestamp = new TimestampEditor(this);
    m_timestampLabel = new QLabel(this);
    m_timestampLabel->setBuddy(m_timestamp->checkBox());
    m_form->addRow(m_timestampLabel, m_timestamp);

    m_json = new QPlainTextEdit(this);
    m_json->setObjectName(QStringLiteral("jsonEdit"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setTabChangesFocus(true);
    const QFontMetrics fm(m_json->font());
    m_json->setMinimumHeight(fm.lineSpacing() * 3 + 12);
    m_json->setMaximumHeight(fm.lineSpacing() * 6 + 12);
    m_jsonLabel = new QLabel(this);
    m_jsonLabel->setBuddy(m_json);
    m_form->addRow(m_jsonLabel, m_json);

    m_route = new RouteAdvice(this);
    auto *viaLabel = new QLabel(tr("Send via:"), this);
    viaLabel->setBuddy(m_route->viaCombo());
    m_form->addRow(viaLabel, m_route);
    layout->addLayout(m_form);

    m_problems = new ProblemList(this);
    layout->addWidget(m_problems);

    auto *row = new QHBoxLayout;
    m_credentialHint = new QLabel(this);
    m_credentialHint->setObjectName(QStringLiteral("composerCredentialHint"));
    m_credentialHint->setAccessibleName(tr("Why sending is unavailable"));
    m_credentialHint->setWordWrap(true);
    m_credentialHint->setEnabled(false);
    row->addWidget(m_credentialHint, 3, Qt::AlignTop);
    row->addStretch(1);
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
    // "× N at R per second": a burst when N > 1.
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("burstCountSpin"));
    m_count->setAccessibleName(tr("How many times to send the call"));
    m_count->setRange(1, BurstSender::MaxCount);
    m_count->setPrefix(tr("× "));
    m_count->setToolTip(tr("Send the call this many times, one at a time"));
    m_rate = new QDoubleSpinBox(this);
    m_rate->setObjectName(QStringLiteral("burstRateSpin"));
    m_rate->setAccessibleName(tr("Calls per second"));
    m_rate->setRange(BurstSender::MinRate, BurstSender::MaxRate);
    m_rate->setDecimals(1);
    m_rate->setValue(BurstSender::DefaultRate);
    m_rate->setSuffix(tr(" /s"));
    m_rate->setToolTip(tr("At most this many calls per second (Customer.io's fair use is far higher); a 429 "
                          "answer slows the burst down"));
    m_count->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_rate->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    row->addWidget(m_count, 0, Qt::AlignTop);
    row->addWidget(m_rate, 0, Qt::AlignTop);
    row->addWidget(m_send, 0, Qt::AlignTop);
    layout->addLayout(row);

    m_burstStatus = new BurstStatus(this);
    layout->addWidget(m_burstStatus);
    layout->addStretch(1);

    connect(m_templateBar, &TemplateBar::templateChosen, this, &ComposerPanel::setComposition);
    connect(m_burstStatus, &BurstStatus::busyChanged, this, &ComposerPanel::setSending);
    connect(m_secondary, &QLineEdit::textChanged, this, &ComposerPanel::validate);
    // Typed by the admin: from now on an empty field is reported.
    for (QLineEdit *edit : {m_secondary, m_deviceId}) {
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_otherEdited.insert(edit);
            validate();
        });
    }
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (m_json->hasFocus())
            m_otherEdited.insert(m_json);
    });
    connect(m_deviceId, &QLineEdit::textChanged, this, &ComposerPanel::validate);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &ComposerPanel::validate);
    connect(m_timestamp, &TimestampEditor::changed, this, &ComposerPanel::validate);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ComposerPanel::updateForm);
    connect(m_route, &RouteAdvice::viaChanged, this, &ComposerPanel::validate); // a host may now be chosen
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
    for (QLineEdit *edit : {m_identifier, m_eventName, m_secondary, m_deviceId})
        connect(edit, &QLineEdit::returnPressed, this, &ComposerPanel::attemptSend);
    connect(m_timestamp, &TimestampEditor::returnPressed, this, &ComposerPanel::attemptSend);
    connect(m_send, &QPushButton::clicked, this, &ComposerPanel::attemptSend);

    setWorkspace(nullptr);
    setCredentialsAvailable(false, tr("Select a workspace to send calls."));
    updateForm();
}

bool ComposerPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_send && event->type() == QEvent::MouseButtonRelease && !m_send->isEnabled()) {
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

CallKind ComposerPanel::kind() const
{
    return CallKind(m_kind->currentData().toInt());
}

void ComposerPanel::updateForm()
{
    const CallKind kind = this->kind();
    const bool anonymous = kind == CallKind::AnonymousEvent;
    const bool v2 = kind == CallKind::Entity || kind == CallKind::Batch;
    const bool event = kind == CallKind::Event || kind == CallKind::PageView || kind == CallKind::ScreenView
        || kind == CallKind::AnonymousEvent;
    const bool device = kind == CallKind::AddDevice || kind == CallKind::DeleteDevice;

    QString identifierLabel = tr("Identifier:");
    QString identifierName = tr("Identifier");
    QString identifierHint = tr("id, email or cio_<id>");
    if (anonymous) {
        identifierLabel = tr("Anonymous ID:");
        identifierName = tr("Anonymous ID");
        identifierHint = tr("anonymous ID from your website or app");
    } else if (kind == CallKind::Merge) {
        identifierLabel = tr("Primary person:");
        identifierName = tr("Primary person");
        identifierHint = tr("id, email or cio_<id>; keeps its attributes");
    }
    m_identifierLabel->setText(identifierLabel);
    m_identifier->setAccessibleName(identifierName);
    m_identifier->setPlaceholderText(identifierHint);
    m_form->setRowVisible(m_identifier, !v2);
    m_form->setRowVisible(m_secondary, kind == CallKind::Merge);
    m_form->setRowVisible(m_deviceRow, device);
    m_platform->setVisible(kind == CallKind::AddDevice);

    QString nameLabel = tr("Event name:");
    QString nameHint = tr("e.g. purchased");
    if (kind == CallKind::PageView) {
        nameLabel = tr("Page URL:");
        nameHint = tr("e.g. https://example.com/pricing");
    } else if (kind == CallKind::ScreenView) {
        nameLabel = tr("Screen name:");
        nameHint = tr("e.g. Settings");
    }
    m_eventNameLabel->setText(nameLabel);
    m_eventName->setAccessibleName(fieldName(nameLabel));
    m_eventName->setPlaceholderText(nameHint);
    m_form->setRowVisible(m_eventName, event);

    m_timestampLabel->setText(kind == CallKind::AddDevice ? tr("Last used:") : tr("Timestamp:"));
    m_form->setRowVisible(m_timestamp, event || kind == CallKind::AddDevice);

    QString jsonLabel;
    QString jsonHint = QStringLiteral("{\"plan\": \"pro\"}");
    switch (kind) {
    case CallKind::Identify:
        jsonLabel = tr("Attributes (JSON):");
        break;
    case CallKind::AddDevice:
        jsonLabel = tr("Device attributes (JSON):");
        jsonHint = QStringLiteral("{\"app_version\": \"1.2\"}");
        break;
    case CallKind::Entity:
        jsonLabel = tr("Operation (JSON):");
        jsonHint = QStringLiteral(
            "{\"type\": \"person\", \"identifiers\": {\"id\": \"42\"}, \"action\": \"identify\", \"attributes\": {}}");
        break;
    case CallKind::Batch:
        jsonLabel = tr("Batch (JSON):");
        jsonHint = QStringLiteral("{\"batch\": [{\"type\": \"person\", \"identifiers\": {\"id\": \"42\"}, "
                                  "\"action\": \"identify\"}]}");
        break;
    default:
        if (event)
            jsonLabel = tr("Event data (JSON):");
        break;
    }
    m_jsonLabel->setText(jsonLabel);
    m_json->setAccessibleName(fieldName(jsonLabel));
    m_json->setPlaceholderText(jsonHint);
    m_form->setRowVisible(m_json, !jsonLabel.isEmpty());
    validate();
}

void ComposerPanel::setWorkspace(const Workspace *workspace, const EndpointTable *endpoints)
{
    m_workspace = workspace ? std::optional<Workspace>(*workspace) : std::nullopt;
    m_templateBar->setWorkspace(workspace ? workspace->name : QString());
    m_route->setWorkspace(workspace, endpoints);
    validate();
}

void ComposerPanel::setRegionVerified(bool verified)
{
    m_route->setRegionVerified(verified);
    validate();
}

bool ComposerPanel::isRegionVerified() const
{
    return m_route->isRegionVerified();
}

std::optional<Region> ComposerPanel::target() const
{
    return m_route->target();
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
    ComposedCall call;
    call.kind = kind;
    call.identifier = identifier;
    call.name = name;
    call.json = json;
    call.via = via;
    setComposition(call);
}

ComposedCall ComposerPanel::composition() const
{
    ComposedCall c;
    c.kind = kind();
    c.identifier = m_identifier->text();
    c.secondary = m_secondary->text();
    c.name = m_eventName->text();
    c.deviceId = m_deviceId->text();
    c.platform = m_platform->currentText();
    c.json = m_json->toPlainText();
    c.timestamp = m_timestamp->value();
    c.via = via();
    return c;
}

void ComposerPanel::setComposition(const ComposedCall &call)
{
    const int kindIndex = m_kind->findData(int(call.kind));
    if (kindIndex >= 0)
        m_kind->setCurrentIndex(kindIndex);
    m_identifier->setText(call.identifier);
    m_secondary->setText(call.secondary);
    m_eventName->setText(call.name);
    m_deviceId->setText(call.deviceId);
    const int platformIndex = m_platform->findText(call.platform);
    m_platform->setCurrentIndex(platformIndex >= 0 ? platformIndex : 0);
    m_json->setPlainText(call.json);
    m_timestamp->setValue(call.timestamp);
    m_route->setVia(call.via);
    updateForm();
}

void ComposerPanel::setSettings(QSettings *settings)
{
    m_templateStore = settings ? std::make_unique<CallTemplates>(settings) : nullptr;
    if (m_templateStore) {
        if (const std::optional<ComposedCall> last = m_templateStore->lastComposed())
            setComposition(*last);
    }
    m_templateBar->setStore(m_templateStore.get());
}

void ComposerPanel::saveLastComposition()
{
    if (m_templateStore)
        m_templateStore->setLastComposed(composition());
}

int ComposerPanel::burstCount() const
{
    return m_count->value();
}

double ComposerPanel::burstRate() const
{
    return m_rate->value();
}

void ComposerPanel::attachBurst(BurstSender *burst)
{
    m_burstStatus->attach(burst);
}

ComposerPanel::Via ComposerPanel::via() const
{
    return m_route->via();
}

TrackCall ComposerPanel::buildCall(const QString &identifier, const QString &name, QStringList *problems) const
{
    const CallKind kind = this->kind();
    // "Event data (JSON):" names the field "Event data".
    QString jsonField = m_jsonLabel->text();
    jsonField = jsonField.isEmpty() ? tr("JSON") : jsonField.left(jsonField.lastIndexOf(u" ("));
    QJsonObject object;
    QString jsonError;
    const bool jsonOk = parseJsonObjectField(jsonField, m_json->toPlainText().toUtf8(), &object, &jsonError);

    TrackCall::Parts parts;
    parts.person = identifier;
    parts.secondary = m_secondary->text();
    parts.name = name;
    parts.deviceId = m_deviceId->text();
    parts.platform = m_platform->currentText();
    parts.json = object;
    TrackCall call =
        TrackCall::fromParts(kind == CallKind::Region || kind == CallKind::AppKeyCheck ? CallKind::Event : kind, parts);
    problems->clear();
    QString timestampError;
    call.timestamp = m_timestamp->value(&timestampError, fieldName(m_timestampLabel->text()));
    if (!jsonOk && m_json->isVisibleTo(this))
        *problems << jsonError;
    if (!timestampError.isEmpty() && m_timestamp->isVisibleTo(this))
        *problems << timestampError;
    // A JSON body that does not parse is already reported; the v2 checks would only repeat it.
    if (!(call.isTrackV2() && !jsonOk))
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
    saveLastComposition();
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
        // The same for the secondary person, the device ID and a Track v2 body not written yet.
        const bool quietSecondary = !m_otherEdited.contains(m_secondary) && m_secondary->text().trimmed().isEmpty();
        const bool quietDevice = !m_otherEdited.contains(m_deviceId) && m_deviceId->text().trimmed().isEmpty();
        const QString secondaryEmpty = tr("Secondary person: must not be empty");
        const QString deviceEmpty = tr("Device ID: must not be empty");
        shown.removeIf([&](const QString &p) {
            return (quietSecondary && p == secondaryEmpty) || (quietDevice && p == deviceEmpty);
        });
        const CallKind kind = this->kind();
        if ((kind == CallKind::Entity || kind == CallKind::Batch) && !m_otherEdited.contains(m_json)
            && m_json->toPlainText().trimmed().isEmpty())
            shown.clear();
    }
    m_problems->setProblems(shown);
    // A timestamp that a check refuses is not sent.
    const QString timestampField = fieldName(m_timestampLabel->text()) + u':';
    m_timestamp->setRefused(std::any_of(problems.cbegin(), problems.cend(),
                                        [&](const QString &p) { return p.startsWith(timestampField); }));
    m_send->setEnabled(valid && m_credentialsAvailable && m_workspace && !m_sending && !m_route->needsHostChoice());
}
