#pragma once

#include "callproblem.h"
#include "trackcall.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;

// The composer's form for the Pipelines API (composableCalls("pipelines"): identify, track, page, screen,
// group, alias, batch and the semantic events): the workspace's source, the call, one input per field of
// the call's shape (callshapepipelines.cpp) and nothing else, required ones marked with "*", and the
// strict-mode switch (on by default: Customer.io then answers a call it refuses with 400 or 401; off, it
// answers 200 even when it drops the call — docs/customerio-api.md, Pipelines API).
//
// What is typed in a field is kept when another call is chosen that takes the same field. The form checks
// nothing itself: composedCall() builds the TrackCall and TrackCall::validate() checks it.
class PipelinesForm : public QWidget
{
    Q_OBJECT

public:
    explicit PipelinesForm(QWidget *parent = nullptr);

    // The workspace's Pipelines sources by name; the first is chosen unless the chosen one is listed.
    void setSources(const QStringList &names);
    QString source() const; // "" while the workspace has none
    bool strictMode() const;
    void setStrictMode(bool on);
    CallKind kind() const;
    void setKind(CallKind kind);
    // Sets a field's text as if typed (a JSON field takes the JSON text).
    void setFieldText(const QString &fieldId, const QString &text);

    // The call as composed; *problems holds every problem, reported or not yet.
    TrackCall composedCall(QList<CallProblem> *problems) const;
    // The input of a field of the chosen call, or null.
    QWidget *inputFor(const QString &fieldId) const;
    // Still empty and neither edited nor sent: its problems are not reported yet (sendAttempted: they are).
    bool isQuiet(const QString &fieldId, bool sendAttempted) const;
    // Marks the inputs of `problems` (tinted, worded in the tooltip and accessible description).
    void markProblems(const QList<CallProblem> &problems, const QPalette &tinted);
    // The inputs of the chosen call, in form order (for mnemonics and focus).
    QList<QWidget *> inputs() const;
    // Forgets which fields were edited (after a send).
    void resetEdited() { m_edited.clear(); }

Q_SIGNALS:
    void changed(); // any input, the source or the call changed
    void returnPressed(); // Return in a one-line field
    void rebuilt(); // the inputs of another call replaced the previous ones (labels to give mnemonics again)

private:
    void rebuild();
    QString textOf(const QString &fieldId) const;

    QFormLayout *m_form;
    QComboBox *m_source;
    QLabel *m_noSource;
    QComboBox *m_kind;
    QCheckBox *m_strict;
    QHash<QString, QWidget *> m_inputs; // by field id, of the chosen call
    QHash<QString, QString> m_typed; // by field id: what was typed, kept across calls
    QSet<QString> m_edited; // field ids typed into by the admin
};
