#include "composerpanel.h"

#include "announcer.h"
#include "burststatus.h"
#include "keyboardnavigation.h"
#include "pipelinesform.h"
#include "problemlist.h"
#include "routeadvice.h"
#include "templatebar.h"
#include "timestampeditor.h"
#include "ulid.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <utility>

namespace {
// "Identifier:", "Event name*:" (required), "Event data (JSON):".
QString rowLabel(const CallField &field)
{
    if (field.type == CallField::Type::JsonObject)
        return field.required ? ComposerPanel::tr("%1 (JSON)*:").arg(field.label())
                              : ComposerPanel::tr("%1 (JSON):").arg(field.label());
    return field.required ? ComposerPanel::tr("%1*:").arg(field.label()) : ComposerPanel::tr("%1:").arg(field.label());
}
} // namespace

ComposerPanel::ComposerPanel(QWidget *parent)
    : QGroupBox(tr("Send a test call"), parent)
{
    setObjectName(QStringLiteral("composer"));
    setAccessibleName(tr("Send a test call"));
    auto *cancel = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &ComposerPanel::cancelRequested);
    cancel->setObjectName(QStringLiteral("cancelCallShortcut"));
    cancel->setContext(Qt::WidgetWithChildrenShortcut);

    auto *layout = new QVBoxLayout(this);
    // The fields scroll when the window is low (1024×640, 1440×900 at scale 2); the problems, Send and the
    // burst's status below them stay in view.
    auto *formArea = new QScrollArea(this);
    formArea->setObjectName(QStringLiteral("composerFormScroll"));
    formArea->setFrameShape(QFrame::NoFrame);
    formArea->setWidgetResizable(true);
    formArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    formArea->setMinimumHeight(fontMetrics().lineSpacing() * 2);
    auto *formWidget = new QWidget(formArea);
    auto *formColumn = new QVBoxLayout(formWidget);
    formColumn->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    formColumn->addLayout(m_form);
    m_pipelines = new PipelinesForm(formWidget);
    m_pipelines->hide();
    formColumn->addWidget(m_pipelines);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight);

    m_api = new QComboBox(this);
    m_api->setObjectName(QStringLiteral("apiCombo"));
    m_api->setAccessibleName(tr("API"));
    m_api->addItem(tr("Track API"), QStringLiteral("track"));
    m_api->addItem(tr("Pipelines API"), QStringLiteral("pipelines"));
    m_api->setToolTip(tr("Track API: the Site ID and Track API key. Pipelines API: a source's API key."));
    auto *apiLabel = new QLabel(tr("API:"), this);
    apiLabel->setBuddy(m_api);
    m_form->addRow(apiLabel, m_api);

    m_templateBar = new TemplateBar([this] { return composition(); }, this);
    auto *templateLabel = new QLabel(tr("Template:"), this);
    templateLabel->setBuddy(m_templateBar->comboBox());
    m_form->addRow(templateLabel, m_templateBar);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("callTypeCombo"));
    m_kind->setAccessibleName(tr("Call type"));
    for (const CallShape *shape : composableCalls())
        m_kind->addItem(shape->title(), int(shape->kind));
    m_kind->setCurrentIndex(m_kind->findData(int(CallKind::Event)));
    m_form->addRow(tr("Call:"), m_kind);

    // One row per input; updateForm() labels them and shows those of the chosen call's shape.
    const auto addRow = [this](QLabel **label, QWidget *field, QWidget *buddy) {
        *label = new QLabel(this);
        (*label)->setBuddy(buddy);
        m_form->addRow(*label, field);
    };
    m_identifier = new QLineEdit(this);
    m_identifier->setObjectName(QStringLiteral("identifierEdit"));
    addRow(&m_identifierLabel, m_identifier, m_identifier);

    m_secondary = new QLineEdit(this);
    m_secondary->setObjectName(QStringLiteral("secondaryEdit"));
    addRow(&m_secondaryLabel, m_secondary, m_secondary);

    // Merge: how each side names its person; "Read from the value" keeps the guess from the value.
    const auto typeCombo = [this](const QString &objectName) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(objectName);
        combo->addItem(tr("Read from the value"), QString());
        for (const QString &type : {QStringLiteral("id"), QStringLiteral("email"), QStringLiteral("cio_id")})
            combo->addItem(type, type);
        return combo;
    };
    m_identifierType = typeCombo(QStringLiteral("identifierTypeCombo"));
    addRow(&m_identifierTypeLabel, m_identifierType, m_identifierType);
    m_secondaryType = typeCombo(QStringLiteral("secondaryTypeCombo"));
    addRow(&m_secondaryTypeLabel, m_secondaryType, m_secondaryType);

    m_deviceId = new QLineEdit(this);
    m_deviceId->setObjectName(QStringLiteral("deviceIdEdit"));
    m_platform = new QComboBox(this);
    m_platform->setObjectName(QStringLiteral("platformCombo"));
    m_platform->setAccessibleName(tr("Device platform"));
    if (const CallField *platform = callShape(CallKind::AddDevice).field(CallFields::Platform))
        m_platform->addItems(platform->choices);
    m_deviceRow = new QWidget(this);
    auto *deviceRow = new QHBoxLayout(m_deviceRow);
    deviceRow->setContentsMargins(0, 0, 0, 0);
    deviceRow->addWidget(m_deviceId, 1);
    deviceRow->addWidget(m_platform);
    addRow(&m_deviceLabel, m_deviceRow, m_deviceId);

    m_eventName = new QLineEdit(this);
    m_eventName->setObjectName(QStringLiteral("eventNameEdit"));
    // A paste longer than QLineEdit's default limit (32767) is kept whole, so the problem counts what was
    // pasted; the call's checks give the real limit.
    for (QLineEdit *edit : {m_identifier, m_secondary, m_deviceId, m_eventName})
        edit->setMaxLength(std::numeric_limits<int>::max());
    addRow(&m_eventNameLabel, m_eventName, m_eventName);

    // Form submit and manual segments: the form's or segment's ID, and the people's ids.
    m_targetId = new QLineEdit(this);
    m_targetId->setObjectName(QStringLiteral("targetIdEdit"));
    addRow(&m_targetIdLabel, m_targetId, m_targetId);
    m_ids = new QLineEdit(this);
    m_ids->setObjectName(QStringLiteral("idsEdit"));
    addRow(&m_idsLabel, m_ids, m_ids);

    m_timestamp = new TimestampEditor(this);
    addRow(&m_timestampLabel, m_timestamp, m_timestamp->checkBox());

    m_eventId = new QLineEdit(this);
    m_eventId->setObjectName(QStringLiteral("eventIdEdit"));
    auto *generate = new QPushButton(tr("Generate"), this);
    generate->setObjectName(QStringLiteral("generateEventIdButton"));
    generate->setAccessibleName(tr("Generate an event ID"));
    generate->setToolTip(tr("A new ULID: Customer.io counts events with the same ID once"));
    connect(generate, &QPushButton::clicked, this, [this] {
        m_eventId->setText(Ulid::generate());
        m_edited.insert(m_eventId);
    });
    m_eventIdRow = new QWidget(this);
    auto *eventIdRow = new QHBoxLayout(m_eventIdRow);
    eventIdRow->setContentsMargins(0, 0, 0, 0);
    eventIdRow->addWidget(m_eventId, 1);
    eventIdRow->addWidget(generate);
    addRow(&m_eventIdLabel, m_eventIdRow, m_eventId);

    m_json = new QPlainTextEdit(this);
    m_json->setObjectName(QStringLiteral("jsonEdit"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setTabChangesFocus(true);
    const QFontMetrics fm(m_json->font());
    m_json->setMinimumHeight(fm.lineSpacing() * 3 + 12);
    m_json->setMaximumHeight(fm.lineSpacing() * 6 + 12);
    addRow(&m_jsonLabel, m_json, m_json);

    // The route's advice wraps (height for width): in Qt 6.4 such a row in a QFormLayout with hidden rows
    // makes QFormLayout::setGeometry() write past its arrays (valgrind), so it sits below the form.
    m_route = new RouteAdvice(this);
    auto *viaLabel = new QLabel(tr("Send via:"), this);
    viaLabel->setBuddy(m_route->viaCombo());
    m_trackRows = new QWidget(formWidget);
    auto *viaRow = new QHBoxLayout(m_trackRows);
    viaRow->setContentsMargins(0, 0, 0, 0);
    viaRow->addWidget(viaLabel, 0, Qt::AlignTop);
    viaRow->addWidget(m_route, 1);
    formColumn->addWidget(m_trackRows);
    formColumn->addStretch(1);
    formArea->setWidget(formWidget);
    layout->addWidget(formArea, 1);

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

    // Every input is named, shown or not: by the first call that shows it (updateForm() renames it for
    // the call chosen).
    for (const CallShape *shape : composableCalls()) {
        for (const CallField &field : shape->fields) {
            QWidget *input = inputFor(field.id);
            if (input && input->accessibleName().isEmpty())
                input->setAccessibleName(field.label());
        }
    }

    connect(m_api, &QComboBox::currentIndexChanged, this, &ComposerPanel::updateApi);
    connect(m_pipelines, &PipelinesForm::changed, this, &ComposerPanel::validate);
    connect(m_pipelines, &PipelinesForm::returnPressed, this, &ComposerPanel::attemptSend);
    connect(m_pipelines, &PipelinesForm::rebuilt, this, [this] {
        if (isVisible())
            KeyboardNavigation::assignMnemonics(window());
    });
    connect(m_templateBar, &TemplateBar::templateChosen, this, &ComposerPanel::setComposition);
    connect(m_burstStatus, &BurstStatus::busyChanged, this, &ComposerPanel::setSending);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ComposerPanel::updateForm);
    connect(m_route, &RouteAdvice::viaChanged, this, &ComposerPanel::validate); // a host may now be chosen
    connect(m_platform, &QComboBox::currentIndexChanged, this, &ComposerPanel::validate);
    connect(m_identifierType, &QComboBox::currentIndexChanged, this, &ComposerPanel::validate);
    connect(m_secondaryType, &QComboBox::currentIndexChanged, this, &ComposerPanel::validate);
    connect(m_timestamp, &TimestampEditor::changed, this, &ComposerPanel::validate);
    // Typed by the admin (not set by code): from now on an empty field is reported.
    for (QLineEdit *edit : {m_identifier, m_eventName, m_secondary, m_deviceId, m_eventId, m_targetId, m_ids}) {
        connect(edit, &QLineEdit::textChanged, this, &ComposerPanel::validate);
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_edited.insert(edit);
            validate();
        });
        connect(edit, &QLineEdit::returnPressed, this, &ComposerPanel::attemptSend);
    }
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (m_json->hasFocus())
            m_edited.insert(m_json);
        validate();
    });
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
        if (m_send->rect().contains(mouse->position().toPoint()) && !m_sending && m_workspace
            && (m_credentialsAvailable || isPipelines()) && !m_sendAttempted) {
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

QWidget *ComposerPanel::inputFor(const QString &fieldId) const
{
    if (fieldId == CallFields::Identifier || fieldId == CallFields::AnonymousId)
        return m_identifier;
    if (fieldId == CallFields::Secondary)
        return m_secondary;
    if (fieldId == CallFields::DeviceId)
        return m_deviceId;
    if (fieldId == CallFields::Platform)
        return m_platform;
    if (fieldId == CallFields::IdentifierType)
        return m_identifierType;
    if (fieldId == CallFields::SecondaryType)
        return m_secondaryType;
    if (fieldId == CallFields::EventId)
        return m_eventId;
    if (fieldId == CallFields::FormId || fieldId == CallFields::SegmentId)
        return m_targetId;
    if (fieldId == CallFields::Ids)
        return m_ids;
    if (fieldId == CallFields::Name)
        return m_eventName;
    if (fieldId == CallFields::Timestamp)
        return m_timestamp->secondsEdit();
    if (fieldId == CallFields::Attributes || fieldId == CallFields::Data || fieldId == CallFields::Body
        || fieldId == CallFields::FormData)
        return m_json;
    return nullptr;
}

QString ComposerPanel::textOf(const QString &fieldId) const
{
    QWidget *input = inputFor(fieldId);
    if (input == m_platform)
        return m_platform->currentText();
    if (input == m_identifierType || input == m_secondaryType)
        return static_cast<QComboBox *>(input)->currentData().toString();
    if (auto *edit = qobject_cast<QLineEdit *>(input))
        return edit->text();
    return {};
}

QString ComposerPanel::api() const
{
    return m_api->currentData().toString();
}

void ComposerPanel::setApi(const QString &api)
{
    const int index = m_api->findData(api);
    if (index >= 0)
        m_api->setCurrentIndex(index);
}

void ComposerPanel::setPipelinesSources(const QStringList &names)
{
    m_pipelines->setSources(names);
}

QString ComposerPanel::pipelinesSource() const
{
    return m_pipelines->source();
}

bool ComposerPanel::pipelinesStrictMode() const
{
    return m_pipelines->strictMode();
}

void ComposerPanel::updateApi()
{
    const bool pipelines = isPipelines();
    // The Track form's rows after the API's own: the template and the call, then the call's fields.
    for (int row = 1; row < m_form->rowCount(); ++row)
        m_form->setRowVisible(row, !pipelines);
    m_pipelines->setVisible(pipelines);
    m_trackRows->setVisible(!pipelines);
    m_count->setVisible(!pipelines);
    m_rate->setVisible(!pipelines);
    if (pipelines) {
        if (isVisible())
            KeyboardNavigation::assignMnemonics(window());
        validate();
    } else {
        updateForm(); // shows the rows of the chosen Track call again
    }
}

void ComposerPanel::updateForm()
{
    if (isPipelines())
        return; // its rows stay hidden until the Track API is chosen again
    const CallShape &shape = callShape(kind());
    // Shows the row of `field` (hides it for null), labelled and hinted by the shape.
    const auto showRow = [this](QLabel *label, QWidget *row, QWidget *input, const CallField *field) {
        m_form->setRowVisible(row, field != nullptr);
        input->setProperty("required", field && field->required);
        if (!field)
            return;
        label->setText(rowLabel(*field));
        label->setToolTip(field->required ? tr("Required") : QString());
        // The timestamp's inputs keep their own names and hints.
        if (auto *edit = qobject_cast<QLineEdit *>(input); edit && field->type != CallField::Type::Timestamp) {
            edit->setAccessibleName(field->label());
            edit->setPlaceholderText(field->hint());
        }
    };
    const CallField *person = shape.field(CallFields::Identifier);
    showRow(m_identifierLabel, m_identifier, m_identifier, person ? person : shape.field(CallFields::AnonymousId));
    showRow(m_secondaryLabel, m_secondary, m_secondary, shape.field(CallFields::Secondary));
    showRow(m_deviceLabel, m_deviceRow, m_deviceId, shape.field(CallFields::DeviceId));
    const CallField *platform = shape.field(CallFields::Platform);
    m_platform->setVisible(platform != nullptr);
    m_platform->setProperty("required", platform && platform->required);
    showRow(m_identifierTypeLabel, m_identifierType, m_identifierType, shape.field(CallFields::IdentifierType));
    showRow(m_secondaryTypeLabel, m_secondaryType, m_secondaryType, shape.field(CallFields::SecondaryType));
    showRow(m_eventNameLabel, m_eventName, m_eventName, shape.field(CallFields::Name));
    showRow(m_eventIdLabel, m_eventIdRow, m_eventId, shape.field(CallFields::EventId));
    const CallField *form = shape.field(CallFields::FormId);
    showRow(m_targetIdLabel, m_targetId, m_targetId, form ? form : shape.field(CallFields::SegmentId));
    showRow(m_idsLabel, m_ids, m_ids, shape.field(CallFields::Ids));
    showRow(m_timestampLabel, m_timestamp, m_timestamp->secondsEdit(), shape.field(CallFields::Timestamp));

    const CallField *json = nullptr;
    for (const CallField &field : shape.fields) {
        if (field.type == CallField::Type::JsonObject)
            json = &field;
    }
    showRow(m_jsonLabel, m_json, m_json, json);
    if (json) {
        m_json->setAccessibleName(tr("%1 (JSON)").arg(json->label()));
        m_json->setPlaceholderText(json->hint());
    }
    // The relabelled fields get their Alt+letter again.
    if (isVisible())
        KeyboardNavigation::assignMnemonics(window());
    validate();
}

void ComposerPanel::setWorkspace(const Workspace *workspace, const EndpointTable *endpoints)
{
    // "Send via" is a one-off override of the workspace's route (the panel's Route, kept per workspace):
    // another workspace starts again from its own route.
    const bool other = !workspace || !m_workspace || m_workspace->name != workspace->name;
    m_workspace = workspace ? std::optional<Workspace>(*workspace) : std::nullopt;
    if (other)
        m_route->setVia(Via::Detected);
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
    // The idle text keeps the Alt+letter it was given (KeyboardNavigation::assignMnemonics()).
    if (sending && !m_sending)
        m_idleSendText = m_send->text();
    m_sending = sending;
    m_send->setText(sending ? tr("Sending…") : (m_idleSendText.isEmpty() ? tr("Send") : m_idleSendText));
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
        if (std::optional<ComposedCall> last = m_templateStore->lastComposed()) {
            last->via = Via::Detected; // the override is one-off: a restart follows the workspace's route
            setComposition(*last);
        }
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
    return isPipelines() ? 1 : m_count->value();
}

double ComposerPanel::burstRate() const
{
    return m_rate->value();
}

void ComposerPanel::attachBurst(BurstSender *burst)
{
    m_burstStatus->attach(burst);
}

void ComposerPanel::showCallResult(const RequestRecord &record)
{
    if (!std::exchange(m_awaitingResult, false))
        return; // a burst's call, a region check or a call sent from elsewhere
    m_burstStatus->showCall(Announcer::callText(record), record.outcome == RequestRecord::Outcome::Success);
}

ComposerPanel::Via ComposerPanel::via() const
{
    return m_route->via();
}
