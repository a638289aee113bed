package org.gongkai.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of a run over many files (批量处理), shared by check, export and render. */
final class BatchOptions {

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "多个文件时同时处理的个数（默认：处理器核数 ${DEFAULT-VALUE}）")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "多个文件时不显示进度")
    boolean quiet;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "多个文件时每个文件的时间上限，超时记为无法读取（默认 ${DEFAULT-VALUE} 秒）")
    int timeoutSeconds = 120;

    @Option(names = "--summary", paramLabel = "FILE",
            description = "多个文件时另将汇总写到此文件（.csv、.json、.html 或 .txt，按扩展名）")
    Path summary;
}
