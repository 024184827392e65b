#include "timestampeditor.h"

#include "callinput.h"
#include "callshape.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

TimestampEditor::TimestampEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timestampEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *inputs = new QHBoxLayout;
    m_enabled = new QCheckBox(tr("Set"), this);
    m_enabled->setObjectName(QStringLiteral("timestampCheck"));
    m_enabled->setAccessibleName(tr("Send a timestamp"));
    m_enabled->setToolTip(tr("Without a timestamp Customer.io uses the time it receives the call"));
    m_picker = new QDateTimeEdit(this);
    m_picker->setObjectName(QStringLiteral("timestampPicker"));
    m_picker->setAccessibleName(tr("Timestamp, local time"));
    m_picker->setCalendarPopup(true);
    m_picker->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_picker->setDateTime(QDateTime::currentDateTime());
    m_seconds = new QLineEdit(this);
    m_seconds->setObjectName(QStringLiteral("timestampSecondsEdit"));
    m_seconds->setAccessibleName(tr("Timestamp in Unix seconds"));
    m_seconds->setPlaceholderText(tr("Unix seconds"));
    m_seconds->setText(QString::number(m_picker->dateTime().toSecsSinceEpoch()));
    inputs->addWidget(m_enabled);
    inputs->addWidget(m_picker, 1);
    inputs->addWidget(m_seconds, 1);
    layout->addLayout(inputs);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("timestampNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_note);

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_seconds->text().trimmed().isEmpty())
            m_picker->setDateTime(QDateTime::currentDateTime());
        m_picker->setEnabled(on);
        m_seconds->setEnabled(on);
        updateNote();
        Q_EMIT changed();
    });
    connect(m_picker, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &at) {
        const QString seconds = QString::number(at.toSecsSinceEpoch());
        if (m_seconds->text() != seconds)
            m_seconds->setText(seconds);
    });
    connect(m_seconds, &QLineEdit::textChanged, this, [this](const QString &text) {
        bool ok = false;
        const qint64 seconds = text.trimmed().toLongLong(&ok);
        // The picker follows typed seconds of a four-digit year; the call's checks report anything else
        // (digits of milliseconds being typed never move it to year 2529).
        if (ok && seconds >= 0 && seconds < PickerUntil) {
            const QSignalBlocker block(m_picker);
            m_picker->setDateTime(QDateTime::fromSecsSinceEpoch(seconds));
        }
        updateNote();
        Q_EMIT changed();
    });
    connect(m_seconds, &QLineEdit::returnPressed, this, &TimestampEditor::returnPressed);

    m_picker->setEnabled(false);
    m_seconds->setEnabled(false);
    updateNote();
}

bool TimestampEditor::isSet() const
{
    return m_enabled->isChecked();
}

std::optional<qint64> TimestampEditor::value(std::optional<CallProblem> *problem) const
{
    if (problem)
        problem->reset();
    if (!isSet())
        return std::nullopt;
    qint64 seconds = 0;
    CallProblem invalid;
    if (!parseTimestampText(m_seconds->text(), &seconds, &invalid)) {
        if (problem)
            *problem = invalid;
        return std::nullopt;
    }
    return seconds;
}

void TimestampEditor::setValue(std::optional<qint64> seconds)
{
    m_enabled->setChecked(seconds.has_value());
    if (seconds)
        m_seconds->setText(QString::number(*seconds));
}

void TimestampEditor::setRefused(bool refused)
{
    m_refused = refused;
    updateNote();
}

void TimestampEditor::updateNote()
{
    const std::optional<qint64> sent = value();
    if (!isSet()) {
        m_note->setText(tr("Not sent: Customer.io uses the time it receives the call."));
    } else if (sent && !m_refused) {
        m_note->setText(
            tr("Sent as %1 (%2 UTC)")
                .arg(QString::number(*sent),
                     QDateTime::fromSecsSinceEpoch(*sent, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    } else {
        m_note->setText(tr("Not valid: nothing is sent."));
    }
}
