# Writes the hand-made hidden-*.docx fixtures (issue 10); their .docx.lo.txt come from
# soffice --headless --convert-to "txt:Text (encoded):UTF8" (converted in a temp dir, then renamed).
import zipfile, sys
NS=('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
 'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
 'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
 'xmlns:v="urn:schemas-microsoft-com:vml" mc:Ignorable="wps"')
def r(t): return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % t
def p(*x): return '<w:p>' + ''.join(x) + '</w:p>'
def tc(t): return '<w:tc><w:p>' + r(t) + '</w:p></w:tc>'
def sdt(c): return '<w:sdt><w:sdtPr><w:alias w:val="控件"/></w:sdtPr><w:sdtContent>' + c + '</w:sdtContent></w:sdt>'
def sym(f,c): return '<w:r><w:sym w:font="%s" w:char="%s"/></w:r>' % (f,c)
def write(name, body):
    z = zipfile.ZipFile(name, 'w', zipfile.ZIP_DEFLATED)
    z.writestr('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr('word/document.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ' + NS + '><w:body>' + body + '<w:sectPr/></w:body></w:document>')
    z.close()

grid3 = '<w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>'
controls = (p(r('表1　控件表格'))
  + '<w:tbl><w:tblPr><w:tblLook w:val="04A0" w:firstRow="1"/></w:tblPr>' + grid3
  + '<w:tr>' + tc('项目') + tc('数量') + tc('备注') + '</w:tr>'
  + '<w:tr><w:tc>' + sdt(p(r('苹果'))) + '</w:tc>' + sdt(tc('12')) + tc('甲') + '</w:tr>'
  + sdt('<w:tr>' + tc('梨') + tc('7') + tc('乙') + '</w:tr><w:tr>' + tc('桃') + tc('3') + tc('丙') + '</w:tr>')
  + '</w:tbl>'
  + p(r('填报人：'), '<w:sdt><w:sdtPr/><w:sdtContent>' + r('王五') + '</w:sdtContent></w:sdt>', r('。'))
  + sdt(p(r('控件中的段落。')) + '<w:tbl><w:tblGrid><w:gridCol w:w="3000"/></w:tblGrid><w:tr>' + tc('控件中的表格') + '</w:tr></w:tbl>')
  + p(r('完。')))
write('hidden-controls.docx', controls)

B='<w:r><w:fldChar w:fldCharType="begin"/></w:r>'; S='<w:r><w:fldChar w:fldCharType="separate"/></w:r>'; E='<w:r><w:fldChar w:fldCharType="end"/></w:r>'
def instr(t): return '<w:r><w:instrText xml:space="preserve">%s</w:instrText></w:r>' % t
box = '<w:txbxContent>' + p(r('Annual'), '<w:r><w:br/></w:r>', r('Report')) + p(r('文本框第二段')) + '</w:txbxContent>'
fields = (p(r('详见'), B, instr(' HYPERLINK "http://www.gywd.gov.cn/" \\l "jj" '), S, r('区政府网站'), E, r('。'))
  + p(r('见'), '<w:fldSimple w:instr=" HYPERLINK \\l &quot;_Toc1&quot; ">' + r('第一章') + '</w:fldSimple>', r('，第'), B, instr(' PAGE '), S, r('3'), E, r('页。'))
  + p(r('角度'), sym('Symbol','F061'), r('为30'), sym('Symbol','F0B0'), r('，误差'), sym('Symbol','F0B1'), r('0.5。'))
  + p(sym('Wingdings','F0FC'), r('已完成；'), sym('Wingdings','F0A8'), r('未完成；'), sym('Wingdings','F06C'), r('要点。'))
  + p(r('正文。'), '<w:r><w:pict><v:shape style="width:200pt;height:60pt"><v:textbox>' + box + '</v:textbox></v:shape></w:pict></w:r>'))
write('hidden-fields.docx', fields)

a=' w:author="张三" w:date="2024-05-01T10:00:00Z"'; b=' w:author="李四" w:date="2024-05-02T10:00:00Z"'
moves = (p(r('乌当区位于贵阳市东北部。'), '<w:moveToRangeStart w:id="1" w:name="move1"'+a+'/>',
    '<w:moveTo w:id="2"'+a+'>'+r('境内交通')+'</w:moveTo>',
    '<w:moveTo w:id="3"'+a+'><w:del w:id="4"'+b+'><w:r><w:delText>十分</w:delText></w:r></w:del></w:moveTo>',
    '<w:moveTo w:id="5"'+a+'>'+r('便利。')+'</w:moveTo><w:moveToRangeEnd w:id="1"/>')
  + p(r('全区'), '<w:moveFromRangeStart w:id="6" w:name="move1"'+a+'/>',
    '<w:moveFrom w:id="7"'+a+'>'+r('境内交通')+'</w:moveFrom>',
    '<w:moveFrom w:id="8"'+a+'><w:ins w:id="9"'+b+'>'+r('非常')+'</w:ins></w:moveFrom>',
    '<w:moveFrom w:id="10"'+a+'>'+r('十分便利。')+'</w:moveFrom><w:moveFromRangeEnd w:id="6"/>',
    r('辖'), '<w:ins w:id="11"'+a+'><w:del w:id="12"'+b+'><w:r><w:delText>十个</w:delText></w:r></w:del></w:ins>', r('乡镇。')))
write('hidden-moves.docx', moves)
