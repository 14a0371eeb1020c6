#!/bin/sh
# Tries the library as a Java team would: after `mvn -DskipTests install`, builds two small
# programs that depend on it from the local repository, one logging with Log4j 2
# (log4j-core + log4j-slf4j2-impl) and one with plain SLF4J (slf4j-simple), runs each on a text
# and a PDF bulletin and on a DOCX without the optional Office modules (and a third with the Word
# module, which reads the DOCX), and prints the size of a
# text-and-PDF consumer's dependency tree. Run from the repository root.
set -eu
root=$(pwd -P)
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' pom.xml | head -1)
work=$(mktemp -d)
consumer() {   # NAME, then the extra dependencies as XML
    dir="$work/$1"
    mkdir -p "$dir/src/main/java/demo"
    cat > "$dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>demo</groupId><artifactId>$1</artifactId><version>1</version>
  <properties><maven.compiler.source>17</maven.compiler.source><maven.compiler.target>17</maven.compiler.target>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <dependencies>
    <dependency><groupId>io.github.bulletinextractor</groupId><artifactId>bulletin-extractor</artifactId>
      <version>$version</version></dependency>
    $2
  </dependencies>
</project>
POM
    cat > "$dir/src/main/java/demo/Demo.java" <<'JAVA'
package demo;

import io.github.bulletinextractor.BulletinParser;
import io.github.bulletinextractor.BulletinReadException;
import java.nio.file.Path;

public class Demo {
    public static void main(String[] args) throws Exception {
        BulletinParser parser = BulletinParser.create();
        for (String file : args) {
            try {
                var b = parser.parse(Path.of(file));
                System.out.println(file + ": issue " + b.issue().number() + ", " + b.visits().size() + " visits");
            } catch (BulletinReadException e) {
                System.out.println(file + ": " + e.code() + ": " + e.reason());
            }
        }
    }
}
JAVA
    (cd "$dir" && mvn -B -ntp -q package dependency:copy-dependencies -DoutputDirectory=target/lib >/dev/null)
    echo "== $1"
    (cd "$dir" && java -cp "target/classes:target/lib/*" demo.Demo "$root/testdata/bulletins/weekly-2024-12.txt" \
        "$root/testdata/forms/weekly-2024-12.pdf" "$root/testdata/forms/weekly-2024-12.docx")
}
consumer with-log4j2 '<dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-core</artifactId><version>2.24.3</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-slf4j2-impl</artifactId><version>2.24.3</version></dependency>'
consumer with-slf4j '<dependency><groupId>org.slf4j</groupId><artifactId>slf4j-simple</artifactId><version>2.0.17</version></dependency>'
consumer with-word '<dependency><groupId>org.slf4j</groupId><artifactId>slf4j-simple</artifactId><version>2.0.17</version></dependency>
    <dependency><groupId>org.apache.tika</groupId><artifactId>tika-core</artifactId><version>3.3.1</version></dependency>
    <dependency><groupId>org.apache.tika</groupId><artifactId>tika-parser-microsoft-module</artifactId><version>3.3.1</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-to-slf4j</artifactId><version>2.24.3</version></dependency>'
echo "== the dependency tree of a text-and-PDF consumer (the library and what it brings):"
lib="$work/with-slf4j/target/lib"
ls "$lib" | grep -v '^slf4j-simple' | sed 's/^/   /'
echo "   $(ls "$lib" | grep -vc '^slf4j-simple') jars, $(ls "$lib"/*.jar | grep -v slf4j-simple | xargs du -cb | tail -1 | awk '{printf "%.1f MB", $1 / 1e6}')"
rm -rf "$work"
