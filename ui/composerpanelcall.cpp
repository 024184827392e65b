// ComposerPanel: the composed call, its checks and where each problem shows (the form itself:
// composerpanel.cpp).
#include "composerpanel.h"

#include "pipelinesform.h"
#include "problemlist.h"
#include "routeadvice.h"
#include "timestampeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace {
const QColor ErrorColor(0xc0, 0x1c, 0x28);

QColor blend(const QColor &a, const QColor &b, float share)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * share, a.greenF() + (b.greenF() - a.greenF()) * share,
                            a.blueF() + (b.blueF() - a.blueF()) * share);
}
} // namespace

TrackCall ComposerPanel::composedCall(QList<CallProblem> *problems) const
{
    if (isPipelines())
        return m_pipelines->composedCall(problems);
    problems->clear();
    TrackCall call;
    call.kind = kind();
    bool jsonOk = true;
    for (const CallField &field : callShape(call.kind).fields) {
        CallProblem problem;
        problem.call = call.kind;
        problem.field = field.id;
        switch (field.type) {
        case CallField::Type::Text:
        case CallField::Type::Choice:
        case CallField::Type::List:
        case CallField::Type::IsoTimestamp:
        case CallField::Type::Integer:
            call.setText(field.id, textOf(field.id));
            break;
        case CallField::Type::JsonObject: {
            QJsonObject object;
            if (!parseJsonObjectText(m_json->toPlainText().toUtf8(), &object, &problem)) {
                jsonOk = false;
                *problems << problem;
            }
            call.setJson(field.id, object);
            break;
        }
        case CallField::Type::Timestamp: {
            std::optional<CallProblem> invalid;
            call.timestamp = m_timestamp->value(&invalid);
            if (invalid) {
                invalid->call = problem.call;
                invalid->field = problem.field;
                *problems << *invalid;
            }
            break;
        }
        }
    }
    // A JSON body that does not parse is already reported; the v2 checks would only repeat it.
    if (!(call.isTrackV2() && !jsonOk))
        *problems << call.validate();
    return call;
}

TrackCall ComposerPanel::composedCall(QStringList *problems) const
{
    QList<CallProblem> found;
    TrackCall call = composedCall(&found);
    *problems = describeProblems(found);
    return call;
}

void ComposerPanel::attemptSend()
{
    if (m_sending || !m_workspace || (!m_credentialsAvailable && !isPipelines()))
        return;
    m_sendAttempted = true;
    validate();
    if (!m_send->isEnabled())
        return;
    // Sent: the next call's empty fields are again reported once edited or attempted.
    m_sendAttempted = false;
    m_pipelines->resetEdited();
    saveLastComposition();
    m_awaitingResult = burstCount() == 1;
    Q_EMIT sendRequested();
}

bool ComposerPanel::isQuiet(const QString &fieldId) const
{
    if (isPipelines())
        return m_pipelines->isQuiet(fieldId, m_sendAttempted);
    const QWidget *input = inputFor(fieldId);
    if (m_sendAttempted || m_edited.contains(input))
        return false;
    if (input == m_json)
        return m_json->toPlainText().trimmed().isEmpty();
    if (input == m_identifier || input == m_secondary || input == m_deviceId || input == m_eventName)
        return textOf(fieldId).trimmed().isEmpty();
    return false;
}

void ComposerPanel::validate()
{
    QList<CallProblem> problems;
    composedCall(&problems);
    // An empty field the admin has not edited yet is not reported.
    QList<CallProblem> shown;
    for (const CallProblem &problem : std::as_const(problems)) {
        if (!isQuiet(problem.field))
            shown << problem;
    }
    showProblems(shown);
    // A timestamp that a check refuses is not sent.
    m_timestamp->setRefused(std::any_of(problems.cbegin(), problems.cend(),
                                        [](const CallProblem &p) { return p.field == CallFields::Timestamp; }));
    if (isPipelines()) {
        // The source's key is read when the call is sent; its region decides the host (the session says
        // why when none is known).
        m_credentialHint->setVisible(false);
        m_send->setEnabled(problems.isEmpty() && m_workspace && !m_sending && !m_pipelines->source().isEmpty());
        return;
    }
    m_credentialHint->setVisible(!m_credentialsAvailable && !m_credentialHint->text().isEmpty());
    m_send->setEnabled(problems.isEmpty() && m_credentialsAvailable && m_workspace && !m_sending
                       && !m_route->needsHostChoice());
}

void ComposerPanel::showProblems(const QList<CallProblem> &problems)
{
    // Each problem on its field's input, by the field's id: tinted, and worded in its tooltip.
    QHash<const QWidget *, QStringList> byInput;
    QStringList texts;
    for (const CallProblem &problem : problems) {
        texts << describeProblem(problem);
        byInput[inputFor(problem.field)] << texts.last();
    }
    const QPalette normal = palette();
    QPalette tinted = normal;
    tinted.setColor(QPalette::Base, blend(normal.color(QPalette::Base), ErrorColor, 0.25f));
    tinted.setColor(QPalette::Button, blend(normal.color(QPalette::Button), ErrorColor, 0.25f));
    for (QWidget *input :
         {static_cast<QWidget *>(m_identifier), static_cast<QWidget *>(m_secondary), static_cast<QWidget *>(m_deviceId),
          static_cast<QWidget *>(m_platform), static_cast<QWidget *>(m_eventName),
          static_cast<QWidget *>(m_timestamp->secondsEdit()), static_cast<QWidget *>(m_json),
          static_cast<QWidget *>(m_eventId), static_cast<QWidget *>(m_identifierType),
          static_cast<QWidget *>(m_secondaryType), static_cast<QWidget *>(m_targetId), static_cast<QWidget *>(m_ids)}) {
        const QString texts = byInput.value(input).join(u'\n');
        const bool marked = !texts.isEmpty();
        input->setProperty("hasProblem", marked);
        input->setToolTip(texts);
        input->setAccessibleDescription(marked ? texts
                                               : (input->property("required").toBool() ? tr("Required") : QString()));
        input->setPalette(marked ? tinted : QPalette());
    }
    if (isPipelines())
        m_pipelines->markProblems(problems, tinted);
    m_problems->setProblems(texts);
}
