#include "composerpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const QString ErrorStyle = QStringLiteral("color: #c01c28;");
const QString WarningStyle = QStringLiteral("color: #b35c00;");

// A form label without its colon ("Page URL:" names the field "Page URL"); a label not set yet is "".
QString fieldName(const QString &label)
{
    return label.endsWith(u':') ? label.left(label.size() - 1) : label;
}

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

    // Templates of the workspace: choose one to fill the form; save the form under a name; delete.
    m_templates = new QComboBox(this);
    m_templates->setObjectName(QStringLiteral("templateCombo"));
    m_templates->setAccessibleName(tr("Saved templates"));
    m_templates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_templates->setMinimumContentsLength(16);
    m_saveTemplate = new QToolButton(this);
    m_saveTemplate->setObjectName(QStringLiteral("saveTemplateButton"));
    m_saveTemplate->setText(tr("Save as…"));
    m_saveTemplate->setToolTip(tr("Save this call as a template of the workspace"));
    m_saveTemplate->setAccessibleName(tr("Save the call as a template"));
    m_deleteTemplate = new QToolButton(this);
    m_deleteTemplate->setObjectName(QStringLiteral("deleteTemplateButton"));
    m_deleteTemplate->setText(tr("Delete"));
    m_deleteTemplate->setToolTip(tr("Delete the selected template"));
    m_deleteTemplate->setAccessibleName(tr("Delete the selected template"));
    m_templateMessage = new QLabel(this);
    m_templateMessage->setObjectName(QStringLiteral("templateMessage"));
    m_templateMessage->setTextFormat(Qt::PlainText);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_templates, 1);
    templateRow->addWidget(m_saveTemplate);
    templateRow->addWidget(m_deleteTemplate);
    templateRow->addWidget(m_templateMessage);
    auto *templateLabel = new QLabel(tr("Template:"), this);
    templateLabel->setBuddy(m_templates);
    m_form->addRow(templateLabel, templateRow);

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

    // Timestamp: off (Customer.io uses the time it receives the call), or a date-time picked in local
    // time, or Unix seconds typed; the two stay in step and the value sent is spelled out below.
    m_timestampRow = new QWidget(this);
    auto *timestampLayout = new QVBoxLayout(m_timestampRow);
    timestampLayout->setContentsMargins(0, 0, 0, 0);
    timestampLayout->setSpacing(2);
    auto *timestampInputs = new QHBoxLayout;
    m_timestampEnabled = new QCheckBox(tr("Set"), m_timestampRow);
    m_timestampEnabled->setObjectName(QStringLiteral("timestampCheck"));
    m_timestampEnabled->setAccessibleName(tr("Send a timestamp"));
    m_timestampEnabled->setToolTip(tr("Without a timestamp Customer.io uses the time it receives the call"));
    m_timestampPicker = new QDateTimeEdit(m_timestampRow);
    m_timestampPicker->setObjectName(QStringLiteral("timestampPicker"));
    m_timestampPicker->setAccessibleName(tr("Timestamp, local time"));
    m_timestampPicker->setCalendarPopup(true);
    m_timestampPicker->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_timestampPicker->setDateTime(QDateTime::currentDateTime());
    m_timestampSeconds = new QLineEdit(m_timestampRow);
    m_timestampSeconds->setObjectName(QStringLiteral("timestampSecondsEdit"));
    m_timestampSeconds->setAccessibleName(tr("Timestamp in Unix seconds"));
    m_timestampSeconds->setPlaceholderText(tr("Unix seconds"));
    m_timestampSeconds->setText(QString::number(m_timestampPicker->dateTime().toSecsSinceEpoch()));
    timestampInputs->addWidget(m_timestampEnabled);
    timestampInputs->addWidget(m_timestampPicker, 1);
    timestampInputs->addWidget(m_timestampSeconds, 1);
    timestampLayout->addLayout(timestampInputs);
    m_timestampNote = new QLabel(m_timestampRow);
    m_timestampNote->setObjectName(QStringLiteral("timestampNote"));
    m_timestampNote->setTextFormat(Qt::PlainText);
    m_timestampNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    timestampLayout->addWidget(m_timestampNote);
    m_timestampLabel = new QLabel(this);
    m_timestampLabel->setBuddy(m_timestampEnabled);
    m_form->addRow(m_timestampLabel, m_timestampRow);

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

    // A burst's progress, then its summary, with Cancel while it runs and Retry failed after.
    m_burstRow = new QWidget(this);
    m_burstRow->setObjectName(QStringLiteral("burstRow"));
    auto *burstLayout = new QHBoxLayout(m_burstRow);
    burstLayout->setContentsMargins(0, 0, 0, 0);
    m_burstProgress = new QProgressBar(m_burstRow);
    m_burstProgress->setObjectName(QStringLiteral("burstProgress"));
    m_burstProgress->setAccessibleName(tr("Burst progress"));
    m_burstProgress->setFormat(tr("%v of %m"));
    m_burstStatus = new QLabel(m_burstRow);
    m_burstStatus->setObjectName(QStringLiteral("burstStatus"));
    m_burstStatus->setTextFormat(Qt::PlainText);
    m_burstStatus->setWordWrap(true);
    m_burstStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_burstCancel = new QPushButton(tr("Cancel"), m_burstRow);
    m_burstCancel->setObjectName(QStringLiteral("burstCancelButton"));
    m_burstCancel->setAccessibleName(tr("Cancel the burst"));
    m_burstRetry = new QPushButton(tr("Retry failed"), m_burstRow);
    m_burstRetry->setObjectName(QStringLiteral("burstRetryButton"));
    m_burstRetry->setAccessibleName(tr("Send the failed calls of the burst again"));
    m_burstRetry->setToolTip(tr("Send the failed calls again. A failed call may have been processed, so this "
                                "can create duplicates."));
    m_burstProgress->setMinimumWidth(
        m_burstProgress->fontMetrics().horizontalAdvance(tr("%1 of %2").arg(10000).arg(10000)) + 40);
    m_burstProgress->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    burstLayout->addWidget(m_burstProgress);
    burstLayout->addWidget(m_burstStatus, 1);
    burstLayout->addWidget(m_burstCancel);
    burstLayout->addWidget(m_burstRetry);
    m_burstRow->hide();
    layout->addWidget(m_burstRow);
    layout->addStretch(1);

    connect(m_templates, &QComboBox::activated, this, &ComposerPanel::applyTemplate);
    connect(m_saveTemplate, &QToolButton::clicked, this, &ComposerPanel::saveTemplate);
    connect(m_deleteTemplate, &QToolButton::clicked, this, &ComposerPanel::deleteTemplate);
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
    connect(m_timestampEnabled, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_timestampSeconds->text().trimmed().isEmpty())
            m_timestampPicker->setDateTime(QDateTime::currentDateTime());
        m_timestampPicker->setEnabled(on);
        m_timestampSeconds->setEnabled(on);
        validate();
    });
    connect(m_timestampPicker, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &at) {
        const QString seconds = QString::number(at.toSecsSinceEpoch());
        if (m_timestampSeconds->text() != seconds)
            m_timestampSeconds->setText(seconds);
    });
    connect(m_timestampSeconds, &QLineEdit::textChanged, this, [this](const QString &text) {
        bool ok = false;
        const qint64 seconds = text.trimmed().toLongLong(&ok);
        // The picker follows typed seconds within its range; validate() reports anything else.
        if (ok && seconds >= 0 && seconds < TrackLimits::MillisecondsFrom) {
            const QSignalBlocker block(m_timestampPicker);
            m_timestampPicker->setDateTime(QDateTime::fromSecsSinceEpoch(seconds));
        }
        validate();
    });
    connect(m_burstCancel, &QPushButton::clicked, this, [this] {
        if (m_burst)
            m_burst->cancel();
    });
    connect(m_burstRetry, &QPushButton::clicked, this, [this] {
        if (m_burst && !m_burst->isRunning())
            m_burst->retryFailed();
    });

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
    for (QLineEdit *edit : {m_identifier, m_eventName, m_secondary, m_deviceId, m_timestampSeconds})
        connect(edit, &QLineEdit::returnPressed, this, &ComposerPanel::attemptSend);
    connect(m_send, &QPushButton::clicked, this, &ComposerPanel::attemptSend);

    m_timestampPicker->setEnabled(false);
    m_timestampSeconds->setEnabled(false);
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
    m_form->setRowVisible(m_timestampRow, event || kind == CallKind::AddDevice);

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
    m_endpoints = endpoints ? std::optional<EndpointTable>(*endpoints) : std::nullopt;
    m_regionVerified = true;
    reloadTemplates();
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
    c.kind = CallKind(m_kind->currentData().toInt());
    c.identifier = m_identifier->text();
    c.secondary = m_secondary->text();
    c.name = m_eventName->text();
    c.deviceId = m_deviceId->text();
    c.platform = m_platform->currentText();
    c.json = m_json->toPlainText();
    QString error;
    c.timestamp = timestampValue(&error);
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
    m_timestampEnabled->setChecked(call.timestamp.has_value());
    if (call.timestamp)
        m_timestampSeconds->setText(QString::number(*call.timestamp));
    m_via->setCurrentIndex(m_via->findData(int(call.via)));
    updateForm();
}

void ComposerPanel::setSettings(QSettings *settings)
{
    m_settings = settings;
    m_templateStore = settings ? std::make_unique<CallTemplates>(settings) : nullptr;
    if (m_templateStore) {
        if (const std::optional<ComposedCall> last = m_templateStore->lastComposed())
            setComposition(*last);
    }
    reloadTemplates();
}

void ComposerPanel::saveLastComposition()
{
    if (m_templateStore)
        m_templateStore->setLastComposed(composition());
}

void ComposerPanel::reloadTemplates()
{
    const QString current = m_templates->currentIndex() > 0 ? m_templates->currentText() : QString();
    m_templates->clear();
    const QStringList names =
        m_templateStore && m_workspace ? m_templateStore->names(m_workspace->name) : QStringList();
    m_templates->addItem(names.isEmpty() ? tr("No saved templates") : tr("Choose a template…"));
    for (const QString &name : names)
        m_templates->addItem(name, name);
    const int index = current.isEmpty() ? -1 : m_templates->findData(current);
    m_templates->setCurrentIndex(index > 0 ? index : 0);
    m_templates->setEnabled(!names.isEmpty());
    m_saveTemplate->setEnabled(m_templateStore && m_workspace);
    m_deleteTemplate->setEnabled(m_templates->currentIndex() > 0);
}

void ComposerPanel::applyTemplate(int index)
{
    m_deleteTemplate->setEnabled(index > 0);
    m_templateMessage->clear();
    if (index <= 0 || !m_templateStore || !m_workspace)
        return;
    const std::optional<ComposedCall> call =
        m_templateStore->load(m_workspace->name, m_templates->itemData(index).toString());
    if (call)
        setComposition(*call);
}

void ComposerPanel::saveTemplate()
{
    if (!m_templateStore || !m_workspace)
        return;
    // Window-modal and asynchronous: the window keeps painting and the log keeps arriving.
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("saveTemplateDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save template"));
    dialog->setLabelText(
        tr("Template name (saved with workspace \"%1\"; an existing name is replaced):").arg(m_workspace->name));
    dialog->setTextValue(m_templates->currentIndex() > 0 ? m_templates->currentText() : QString());
    dialog->setWindowModality(Qt::WindowModal);
    const QString workspace = m_workspace->name;
    const ComposedCall call = composition();
    connect(dialog, &QInputDialog::textValueSelected, this, [this, workspace, call](const QString &typed) {
        const QString name = typed.trimmed();
        if (!m_templateStore || !m_workspace || m_workspace->name != workspace)
            return;
        const bool replacing = m_templateStore->names(workspace).contains(name);
        const QString error = m_templateStore->save(workspace, name, call);
        reloadTemplates();
        if (!error.isEmpty()) {
            m_templateMessage->setStyleSheet(ErrorStyle);
            m_templateMessage->setText(error);
            return;
        }
        m_templates->setCurrentIndex(m_templates->findData(name));
        m_deleteTemplate->setEnabled(true);
        m_templateMessage->setStyleSheet(QString());
        m_templateMessage->setText(replacing ? tr("Replaced.") : tr("Saved."));
    });
    dialog->open();
}

void ComposerPanel::deleteTemplate()
{
    if (!m_templateStore || !m_workspace || m_templates->currentIndex() <= 0)
        return;
    const QString name = m_templates->currentData().toString();
    m_templateStore->remove(m_workspace->name, name);
    m_templates->setCurrentIndex(0);
    reloadTemplates();
    m_templateMessage->setStyleSheet(QString());
    m_templateMessage->setText(tr("Deleted \"%1\".").arg(name));
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
    if (m_burst == burst)
        return;
    if (m_burst)
        disconnect(m_burst, nullptr, this, nullptr);
    m_burst = burst;
    if (!burst)
        return;
    connect(burst, &BurstSender::progress, this, [this](int done, int total) {
        m_burstRow->show();
        m_burstProgress->show();
        m_burstProgress->setRange(0, total);
        m_burstProgress->setValue(done);
        m_burstCancel->show();
        m_burstRetry->hide();
        if (done == 0)
            m_burstStatus->setText(tr("Sending %n call(s)…", nullptr, total));
        setSending(true);
    });
    connect(burst, &BurstSender::rateLimited, this, [this](int index, qint64 waitMs, double rate) {
        m_burstStatus->setStyleSheet(WarningStyle);
        m_burstStatus->setText(
            tr("Rate limited (429) on call %1: waiting %2 s, then %3 calls per second")
                .arg(QString::number(index + 1), QString::number(waitMs / 1000.0), QString::number(rate)));
    });
    connect(burst, &BurstSender::finished, this, [this](const BurstSender::Summary &summary) {
        showBurstSummary(summary);
        setSending(false);
    });
}

void ComposerPanel::showBurstSummary(const BurstSender::Summary &s)
{
    m_burstRow->show();
    m_burstCancel->hide();
    m_burstProgress->hide();
    QString text = tr("%1 of %2 succeeded").arg(QString::number(s.succeeded), QString::number(s.requested));
    if (s.failed > 0)
        text += tr(", %n failed (not re-sent)", nullptr, s.failed);
    if (s.notSent > 0)
        text += tr(", %n not sent (cancelled)", nullptr, s.notSent);
    if (s.rateLimitedAnswers > 0)
        text += tr(", %n rate-limited answer(s), waited %1 s", nullptr, s.rateLimitedAnswers)
                    .arg(QString::number(s.waitedMs / 1000.0));
    text += tr(" in %1 s.").arg(QString::number(s.elapsedMs / 1000.0, 'f', 1));
    m_burstStatus->setStyleSheet(s.allSucceeded() ? QString() : (s.failed > 0 ? ErrorStyle : WarningStyle));
    m_burstStatus->setText(text);
    m_burstRetry->setVisible(s.failed > 0);
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

std::optional<qint64> ComposerPanel::timestampValue(QString *error) const
{
    error->clear();
    if (!m_timestampEnabled->isChecked())
        return std::nullopt;
    qint64 seconds = 0;
    const QString field = fieldName(m_timestampLabel->text());
    if (!parseTimestamp(field, m_timestampSeconds->text(), &seconds, error))
        return std::nullopt;
    return seconds;
}

void ComposerPanel::updateTimestampNote()
{
    QString error;
    const std::optional<qint64> value = timestampValue(&error);
    if (!m_timestampEnabled->isChecked()) {
        m_timestampNote->setText(tr("Not sent: Customer.io uses the time it receives the call."));
    } else if (value) {
        m_timestampNote->setText(
            tr("Sent as %1 (%2 UTC)")
                .arg(QString::number(*value),
                     QDateTime::fromSecsSinceEpoch(*value, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    } else {
        m_timestampNote->setText(tr("Not valid: nothing is sent."));
    }
}

TrackCall ComposerPanel::buildCall(const QString &identifier, const QString &name, QStringList *problems) const
{
    const auto kind = CallKind(m_kind->currentData().toInt());
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
    call.timestamp = timestampValue(&timestampError);
    if (!jsonOk && m_json->isVisibleTo(this))
        *problems << jsonError;
    if (!timestampError.isEmpty() && m_timestampRow->isVisibleTo(this))
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
    updateTimestampNote();
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
        const auto kind = CallKind(m_kind->currentData().toInt());
        if ((kind == CallKind::Entity || kind == CallKind::Batch) && !m_otherEdited.contains(m_json)
            && m_json->toPlainText().trimmed().isEmpty())
            shown.clear();
    }
    showProblems(shown);
    // A timestamp that a check refuses is not sent.
    const QString timestampField = fieldName(m_timestampLabel->text()) + u':';
    if (m_timestampEnabled->isChecked() && std::any_of(problems.cbegin(), problems.cend(), [&](const QString &p) {
            return p.startsWith(timestampField);
        }))
        m_timestampNote->setText(tr("Not valid: nothing is sent."));
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
