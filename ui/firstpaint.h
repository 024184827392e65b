#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Runs fn once, from the event loop, right after the first paint of window (any of its widgets).
void callAfterFirstPaint(QWidget *window, std::function<void()> fn);
