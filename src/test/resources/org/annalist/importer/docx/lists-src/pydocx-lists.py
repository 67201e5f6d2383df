# python-docx 0.8 (/usr/bin/python3): numbering through the template's list styles, not direct w:numPr
import docx
d = docx.Document()
d.add_paragraph('乌当区政协文史资料征集工作步骤。')
d.add_paragraph('制定征集计划', style='List Number')
d.add_paragraph('', style='List Number')
d.add_paragraph('走访知情人', style='List Number')
d.add_paragraph('录音整理', style='List Number 2')
d.add_paragraph('核对史实', style='List Number 2')
d.add_paragraph('汇编成册', style='List Number')
d.add_paragraph('注意事项：')
d.add_paragraph('尊重口述者意愿', style='List Bullet')
d.add_paragraph('保存原始材料', style='List Bullet')
d.save('pydocx-lists.docx')
