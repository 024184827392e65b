#include "firstpaint.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace {
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, std::function<void()> fn)
        : QObject(window)
        , m_window(window)
        , m_fn(std::move(fn))
    {
        qApp->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                m_fn();
                deleteLater();
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    std::function<void()> m_fn;
};
} // namespace

void callAfterFirstPaint(QWidget *window, std::function<void()> fn)
{
    new FirstPaintWatcher(window, std::move(fn));
}
