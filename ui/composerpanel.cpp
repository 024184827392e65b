#include "composerpanel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

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

    m_via = new QComboBox(this);
    m_via->setObjectName(QStringLiteral("sendViaCombo"));
    m_via->setAccessibleName(tr("Send via"));
    m_via->addItem(QString(), int(Via::Detected));
    m_via->addItem(tr("US host"), int(Via::Us));
    m_via->addItem(tr("EU host"), int(Via::Eu));
    m_form->addRow(tr("Send via:"), m_via);
    layout->addLayout(m_form);

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("composerProblems"));
    m_problems->setAccessibleName(tr("Problems with the call"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(QStringLiteral("color: #c01c28;"));
    layout->addWidget(m_problems);

    auto *row = new QHBoxLayout;
    m_credentialHint = new QLabel(this);
    m_credentialHint->setObjectName(QStringLiteral("composerCredentialHint"));
    m_credentialHint->setAccessibleName(tr("Why sending is unavailable"));
    m_credentialHint->setWordWrap(true);
    m_credentialHint->setEnabled(false);
    row->addWidget(m_credentialHint, 1);
    m_send = new QPushButton(tr("Send"), this);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setAccessibleName(tr("Send the test call"));
    m_send->setDefault(true);
    m_send->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_send->setMinimumWidth(m_send->fontMetrics().horizontalAdvance(m_send->text()) + 60);
    row->addWidget(m_send);
    layout->addLayout(row);
    layout->addStretch(1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ComposerPanel::updateForm);
    connect(m_identifier, &QLineEdit::textChanged, this, &ComposerPanel::validate);
    connect(m_eventName, &QLineEdit::textChanged, this, &ComposerPanel::validate);
    connect(m_json, &QPlainTextEdit::textChanged, this, &ComposerPanel::validate);
    connect(m_send, &QPushButton::clicked, this, [this] {
        QStringList problems;
        composedCall(&problems);
        if (problems.isEmpty() && m_credentialsAvailable)
            Q_EMIT sendRequested();
    });

    setWorkspace(nullptr);
    setCredentialsAvailable(false, tr("Select a workspace to send calls."));
    updateForm();
}

void ComposerPanel::updateForm()
{
    const auto kind = CallKind(m_kind->currentData().toInt());
    const bool anonymous = kind == CallKind::AnonymousEvent;
    m_identifierLabel->setText(anonymous ? tr("Anonymous ID:") : tr("Identifier:"));
    m_identifier->setAccessibleName(anonymous ? tr("Anonymous ID") : tr("Identifier"));
    m_identifier->setPlaceholderText(anonymous ? tr("anonymous ID from your website or app")
                                               : tr("id, email or cio_ identifier"));
    m_form->setRowVisible(m_eventName, kind != CallKind::Identify);
    m_jsonLabel->setText(kind == CallKind::Identify ? tr("Attributes (JSON):") : tr("Event data (JSON):"));
    m_json->setAccessibleName(kind == CallKind::Identify ? tr("Attributes as JSON") : tr("Event data as JSON"));
    validate();
}

void ComposerPanel::setWorkspace(const Workspace *workspace)
{
    m_hasWorkspace = workspace != nullptr;
    QString detected = tr("Detected region");
    if (workspace) {
        const Region region = resolveVia(Via::Detected, *workspace);
        detected = workspace->region == Region::Unknown
            ? tr("Detected region (not known: %1 host)").arg(regionCode(region).toUpper())
            : tr("Detected region (%1 host)").arg(regionCode(region).toUpper());
    }
    m_via->setItemText(0, detected);
    validate();
}

void ComposerPanel::setCredentialsAvailable(bool available, const QString &why)
{
    m_credentialsAvailable = available;
    m_credentialHint->setText(available ? QString() : why);
    m_credentialHint->setVisible(!available && !why.isEmpty());
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

TrackCall ComposerPanel::composedCall(QStringList *problems) const
{
    const auto kind = CallKind(m_kind->currentData().toInt());
    const QString fieldName = kind == CallKind::Identify ? tr("Attributes") : tr("Event data");
    QJsonObject object;
    QString jsonError;
    const bool jsonOk = parseJsonObjectField(fieldName, m_json->toPlainText().toUtf8(), &object, &jsonError);

    TrackCall call;
    switch (kind) {
    case CallKind::Identify:
        call = TrackCall::identify(m_identifier->text(), object);
        break;
    case CallKind::AnonymousEvent:
        call = TrackCall::anonymousEvent(m_identifier->text(), m_eventName->text(), object);
        break;
    default:
        call = TrackCall::event(m_identifier->text(), m_eventName->text(), object);
        break;
    }
    problems->clear();
    if (!jsonOk)
        *problems << jsonError;
    *problems << call.validate();
    return call;
}

void ComposerPanel::validate()
{
    QStringList problems;
    composedCall(&problems);
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_send->setEnabled(problems.isEmpty() && m_credentialsAvailable && m_hasWorkspace);
}
