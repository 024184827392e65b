#include "problemlist.h"

#include "statuscolors.h"

ProblemList::ProblemList(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("composerProblems"));
    setAccessibleName(tr("Problems with the call"));
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(StatusColors::textStyle(StatusColors::Tone::Error, palette()));
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    setFixedHeight(fontMetrics().lineSpacing() * 2 + 2);
    hide();
}

void ProblemList::setProblems(const QStringList &problems)
{
    m_problems = problems;
    showLines();
}

void ProblemList::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    showLines(); // elided to the new width
}

void ProblemList::showLines()
{
    const QString all = m_problems.join(u'\n');
    setToolTip(all);
    setAccessibleDescription(all);
    setVisible(!m_problems.isEmpty());
    if (m_problems.isEmpty()) {
        clear();
        return;
    }
    // One problem a line, at most two lines; a third and more are counted on the second.
    const QFontMetrics fm = fontMetrics();
    const int width = contentsRect().width() > 0 ? contentsRect().width() : QWIDGETSIZE_MAX;
    QStringList lines;
    if (m_problems.size() == 1) {
        // One problem wraps onto the second line, so that its end (often the value to use) shows.
        const QString text = m_problems.first();
        qsizetype cut = -1;
        if (fm.horizontalAdvance(text) > width) {
            for (qsizetype i = text.size() - 1; i > 0; --i) {
                if (text.at(i) == u' ' && fm.horizontalAdvance(text.left(i)) <= width) {
                    cut = i;
                    break;
                }
            }
        }
        if (cut < 0) {
            lines << fm.elidedText(text, Qt::ElideRight, width);
        } else {
            lines << text.left(cut) << fm.elidedText(text.mid(cut + 1), Qt::ElideRight, width);
        }
        setText(lines.join(u'\n'));
        return;
    }
    lines << fm.elidedText(m_problems.first(), Qt::ElideRight, width);
    if (m_problems.size() == 2) {
        lines << fm.elidedText(m_problems.at(1), Qt::ElideRight, width);
    } else if (m_problems.size() > 2) {
        const QString more = tr(" (+%n more)", nullptr, int(m_problems.size()) - 2);
        lines << fm.elidedText(m_problems.at(1), Qt::ElideRight, qMax(0, width - fm.horizontalAdvance(more))) + more;
    }
    setText(lines.join(u'\n'));
}
