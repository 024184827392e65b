#pragma once

#include "callproblem.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

// The timestamp of a call: off (Customer.io uses the time it receives the call), a date-time picked in
// local time, or Unix seconds typed. The picker and the seconds stay in step, and the note below them
// spells out the value sent (or says that nothing is sent).
class TimestampEditor : public QWidget
{
    Q_OBJECT

public:
    // The picker shows typed seconds before this (2286-11-20, the first 11-digit value); later values
    // are still sent when the call's checks allow them.
    static constexpr qint64 PickerUntil = 10000000000LL;

    explicit TimestampEditor(QWidget *parent = nullptr);

    // "Set" is checked: a timestamp is sent.
    bool isSet() const;
    // The Unix seconds to send; nothing when not set. When the typed text is not a timestamp: nothing, and
    // *problem (when given) is an InvalidTimestamp problem, for the caller to place on its field.
    std::optional<qint64> value(std::optional<CallProblem> *problem = nullptr) const;
    // Sets the seconds and checks "Set"; nothing unchecks it (the seconds typed stay).
    void setValue(std::optional<qint64> seconds);
    // True while a check refuses the value: the note then says that nothing is sent.
    void setRefused(bool refused);

    QCheckBox *checkBox() const { return m_enabled; }
    // The input a problem of the timestamp is shown on.
    QLineEdit *secondsEdit() const { return m_seconds; }

Q_SIGNALS:
    void changed();
    void returnPressed();

private:
    void updateNote();

    QCheckBox *m_enabled;
    QDateTimeEdit *m_picker;
    QLineEdit *m_seconds;
    QLabel *m_note;
    bool m_refused = false;
};
