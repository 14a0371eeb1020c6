# Shared by make-fixtures.sh and make-forms.sh: lays a bulletin out as an official document and saves
# it in other forms. Source it from the repository's root; it compiles the project once.
#
#   make_forms SOURCE OUT_DIR FONT_PT TOP BOTTOM LEFT RIGHT FORM...   (FORM: pdf docx html odt doc rtf)
#
# Needs Java 17 and Maven, python3, LibreOffice Writer and a CJK font:
#   apt-get install -y libreoffice-writer-nogui fonts-noto-cjk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -q -DskipTests compile
mvn -q dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
cp="target/classes:$(cat "$work/cp.txt")"

convert() { # fodt, target format, extension, out dir
  soffice --headless --convert-to "$2" --outdir "$work/conv" "$1" >/dev/null 2>&1
  mv "$work/conv/$(basename "${1%.fodt}").$3" "$4/$(basename "${1%.fodt}").$3"
}

make_forms() {
  local source=$1 out=$2 size=$3 top=$4 bottom=$5 left=$6 right=$7
  shift 7
  local name
  name=$(basename "${source%.*}")
  java -cp "$cp" testdata/generator/ParagraphDump.java "$source" > "$work/$name.json"
  python3 testdata/generator/layout.py "$work/$name.json" "$work/$name.fodt" "$size" "$top" "$bottom" "$left" "$right"
  for form in "$@"; do
    case $form in
      pdf) convert "$work/$name.fodt" pdf pdf "$out" ;;
      docx) convert "$work/$name.fodt" 'docx:MS Word 2007 XML' docx "$out" ;;
      html) convert "$work/$name.fodt" 'html:XHTML Writer File:UTF8' html "$out" ;;
      odt) convert "$work/$name.fodt" odt odt "$out" ;;
      doc) convert "$work/$name.fodt" 'doc:MS Word 97' doc "$out" ;;
      rtf) convert "$work/$name.fodt" rtf rtf "$out" ;;
    esac
  done
}
