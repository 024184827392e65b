#pragma once

// What the benchmark programs share: their figures go to stdout, and a series is summed up by its median.
#include <QList>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

namespace BenchOutput {

inline QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace BenchOutput
