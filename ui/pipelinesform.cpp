#include "pipelinesform.h"

#include "callinput.h"
#include "callshape.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <limits>

namespace {
// The form's rows: the source, the call, then the call's fields, then strict mode.
constexpr int FirstFieldRow = 2;

// "User ID*:", "Traits (JSON):".
QString rowLabel(const CallField &field)
{
    if (field.type == CallField::Type::JsonObject)
        return field.required ? PipelinesForm::tr("%1 (JSON)*:").arg(field.label())
                              : PipelinesForm::tr("%1 (JSON):").arg(field.label());
    return field.required ? PipelinesForm::tr("%1*:").arg(field.label()) : PipelinesForm::tr("%1:").arg(field.label());
}
} // namespace

PipelinesForm::PipelinesForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("pipelinesForm"));
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight);
    column->addLayout(m_form);

    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("pipelinesSourceCombo"));
    m_source->setAccessibleName(tr("Pipelines source"));
    m_source->setToolTip(tr("The source whose Pipelines API key sends the call"));
    m_noSource = new QLabel(tr("This workspace has no Pipelines source: add one with Edit workspace."), this);
    m_noSource->setObjectName(QStringLiteral("pipelinesNoSourceLabel"));
    m_noSource->setWordWrap(true);
    m_noSource->setEnabled(false);
    auto *sourceRow = new QWidget(this);
    auto *sourceLayout = new QVBoxLayout(sourceRow);
    sourceLayout->setContentsMargins(0, 0, 0, 0);
    sourceLayout->addWidget(m_source);
    sourceLayout->addWidget(m_noSource);
    auto *sourceLabel = new QLabel(tr("Source:"), this);
    sourceLabel->setBuddy(m_source);
    m_form->addRow(sourceLabel, sourceRow);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("pipelinesCallCombo"));
    m_kind->setAccessibleName(tr("Pipelines call"));
    for (const CallShape *shape : composableCalls(QStringLiteral("pipelines")))
        m_kind->addItem(shape->title(), int(shape->kind));
    auto *kindLabel = new QLabel(tr("Call:"), this);
    kindLabel->setBuddy(m_kind);
    m_form->addRow(kindLabel, m_kind);

    m_strict = new QCheckBox(tr("Strict mode"), this);
    m_strict->setObjectName(QStringLiteral("pipelinesStrictCheck"));
    m_strict->setChecked(true);
    m_strict->setAccessibleName(tr("Strict mode"));
    m_strict->setAccessibleDescription(
        tr("On: Customer.io answers a call it refuses with 400 or 401. Off: Customer.io answers 200 even when "
           "it drops the call."));
    m_strict->setToolTip(m_strict->accessibleDescription());
    auto *strictHint = new QLabel(tr("off: Customer.io answers 200 even when it drops the call"), this);
    strictHint->setObjectName(QStringLiteral("pipelinesStrictHint"));
    strictHint->setWordWrap(true);
    strictHint->setEnabled(false);
    auto *strictRow = new QWidget(this);
    auto *strictLayout = new QVBoxLayout(strictRow);
    strictLayout->setContentsMargins(0, 0, 0, 0);
    strictLayout->addWidget(m_strict);
    strictLayout->addWidget(strictHint);
    // The call's fields go between the call and strict mode (rebuild()), in the same form so that the labels
    // line up.
    m_form->addRow(QString(), strictRow);

    connect(m_source, &QComboBox::currentIndexChanged, this, &PipelinesForm::changed);
    connect(m_strict, &QCheckBox::toggled, this, &PipelinesForm::changed);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        rebuild();
        Q_EMIT changed();
    });
    setSources({});
    rebuild();
}

void PipelinesForm::setSources(const QStringList &names)
{
    const QString chosen = m_source->currentText();
    const QSignalBlocker block(m_source);
    m_source->clear();
    m_source->addItems(names);
    const int index = m_source->findText(chosen);
    m_source->setCurrentIndex(index >= 0 ? index : 0);
    m_source->setVisible(!names.isEmpty());
    m_noSource->setVisible(names.isEmpty());
    Q_EMIT changed();
}

QString PipelinesForm::source() const
{
    return m_source->count() > 0 ? m_source->currentText() : QString();
}

bool PipelinesForm::strictMode() const
{
    return m_strict->isChecked();
}

void PipelinesForm::setStrictMode(bool on)
{
    m_strict->setChecked(on);
}

CallKind PipelinesForm::kind() const
{
    return CallKind(m_kind->currentData().toInt());
}

void PipelinesForm::setKind(CallKind kind)
{
    const int index = m_kind->findData(int(kind));
    if (index >= 0)
        m_kind->setCurrentIndex(index);
}

void PipelinesForm::setFieldText(const QString &fieldId, const QString &text)
{
    m_typed.insert(fieldId, text);
    QWidget *input = m_inputs.value(fieldId);
    if (auto *edit = qobject_cast<QLineEdit *>(input))
        edit->setText(text);
    else if (auto *json = qobject_cast<QPlainTextEdit *>(input))
        json->setPlainText(text);
    else if (auto *combo = qobject_cast<QComboBox *>(input))
        combo->setCurrentIndex(qMax(0, combo->findText(text)));
}

void PipelinesForm::rebuild()
{
    // What was typed stays for the next call that takes the same field.
    for (auto it = m_inputs.cbegin(); it != m_inputs.cend(); ++it)
        m_typed.insert(it.key(), textOf(it.key()));
    m_inputs.clear();
    while (m_form->rowCount() > FirstFieldRow + 1)
        m_form->removeRow(FirstFieldRow);
    int row = FirstFieldRow;

    for (const CallField &field : callShape(kind()).fields) {
        QWidget *input = nullptr;
        const QString objectName = QStringLiteral("pipelinesField_") + field.id;
        const QString typed = m_typed.value(field.id);
        switch (field.type) {
        case CallField::Type::JsonObject: {
            auto *json = new QPlainTextEdit(this);
            json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            json->setTabChangesFocus(true);
            const QFontMetrics fm(json->font());
            json->setMinimumHeight(fm.lineSpacing() * 3 + 12);
            json->setMaximumHeight(fm.lineSpacing() * 6 + 12);
            json->setPlaceholderText(field.hint());
            json->setPlainText(typed);
            json->setAccessibleName(tr("%1 (JSON)").arg(field.label()));
            connect(json, &QPlainTextEdit::textChanged, this, [this, json, id = field.id] {
                if (json->hasFocus())
                    m_edited.insert(id);
                Q_EMIT changed();
            });
            input = json;
            break;
        }
        case CallField::Type::Choice: {
            auto *combo = new QComboBox(this);
            if (!field.required)
                combo->addItem(QString());
            combo->addItems(field.choices);
            combo->setCurrentIndex(qMax(0, combo->findText(typed)));
            combo->setAccessibleName(field.label());
            connect(combo, &QComboBox::currentIndexChanged, this, &PipelinesForm::changed);
            input = combo;
            break;
        }
        default: {
            auto *edit = new QLineEdit(this);
            // A paste longer than QLineEdit's default limit is kept whole, so a problem counts what was pasted.
            edit->setMaxLength(std::numeric_limits<int>::max());
            edit->setPlaceholderText(field.hint());
            edit->setText(typed);
            edit->setAccessibleName(field.label());
            connect(edit, &QLineEdit::textChanged, this, &PipelinesForm::changed);
            connect(edit, &QLineEdit::textEdited, this, [this, id = field.id] { m_edited.insert(id); });
            connect(edit, &QLineEdit::returnPressed, this, &PipelinesForm::returnPressed);
            input = edit;
            break;
        }
        }
        input->setObjectName(objectName);
        input->setProperty("required", field.required);
        input->setAccessibleDescription(field.required ? tr("Required") : QString());
        auto *label = new QLabel(rowLabel(field), this);
        label->setBuddy(input);
        label->setToolTip(field.required ? tr("Required") : QString());
        m_form->insertRow(row++, label, input);
        // Added to a form already shown: shown now rather than on the next pass of the event loop.
        if (isVisible()) {
            label->show();
            input->show();
        }
        m_inputs.insert(field.id, input);
    }
    Q_EMIT rebuilt();
}

QString PipelinesForm::textOf(const QString &fieldId) const
{
    QWidget *input = m_inputs.value(fieldId);
    if (auto *edit = qobject_cast<QLineEdit *>(input))
        return edit->text();
    if (auto *json = qobject_cast<QPlainTextEdit *>(input))
        return json->toPlainText();
    if (auto *combo = qobject_cast<QComboBox *>(input))
        return combo->currentText();
    return {};
}

TrackCall PipelinesForm::composedCall(QList<CallProblem> *problems) const
{
    problems->clear();
    TrackCall call;
    call.kind = kind();
    bool jsonOk = true;
    for (const CallField &field : callShape(call.kind).fields) {
        if (field.type != CallField::Type::JsonObject) {
            call.setText(field.id, textOf(field.id));
            continue;
        }
        CallProblem problem;
        problem.call = call.kind;
        problem.field = field.id;
        QJsonObject object;
        if (!parseJsonObjectText(textOf(field.id).toUtf8(), &object, &problem)) {
            jsonOk = false;
            *problems << problem;
        }
        call.setJson(field.id, object);
    }
    // A JSON field that does not parse is already reported; the checks of its content would only repeat it.
    if (jsonOk)
        *problems << call.validate();
    return call;
}

QWidget *PipelinesForm::inputFor(const QString &fieldId) const
{
    return m_inputs.value(fieldId);
}

bool PipelinesForm::isQuiet(const QString &fieldId, bool sendAttempted) const
{
    if (sendAttempted || m_edited.contains(fieldId) || !m_inputs.contains(fieldId))
        return false;
    return textOf(fieldId).trimmed().isEmpty();
}

void PipelinesForm::markProblems(const QList<CallProblem> &problems, const QPalette &tinted)
{
    QHash<QString, QStringList> byField;
    for (const CallProblem &problem : problems)
        byField[problem.field] << describeProblem(problem);
    for (auto it = m_inputs.cbegin(); it != m_inputs.cend(); ++it) {
        QWidget *input = it.value();
        const QString texts = byField.value(it.key()).join(u'\n');
        const bool marked = !texts.isEmpty();
        input->setProperty("hasProblem", marked);
        input->setToolTip(texts);
        input->setAccessibleDescription(marked ? texts
                                               : (input->property("required").toBool() ? tr("Required") : QString()));
        input->setPalette(marked ? tinted : QPalette());
    }
}

QList<QWidget *> PipelinesForm::inputs() const
{
    QList<QWidget *> list;
    for (const CallField &field : callShape(kind()).fields) {
        if (QWidget *input = m_inputs.value(field.id))
            list << input;
    }
    return list;
}
