<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>QObject</name>
    <message>
        <source>bundled model</source>
        <translation>내장 모델</translation>
    </message>
    <message>
        <source>the dddg command line was not found beside the explorer or on PATH (set DDDG_CLI)</source>
        <translation>dddg 명령줄 프로그램을 탐색기 옆이나 PATH에서 찾을 수 없습니다 (DDDG_CLI를 설정하세요)</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1을(를) 시작할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1, %2 processes, global batch %3</source>
        <translation>%1, 프로세스 %2개, 전역 배치 %3</translation>
    </message>
    <message>
        <source>stopped at cycle %1; checkpoint saved</source>
        <translation>사이클 %1에서 중지됨, 체크포인트 저장됨</translation>
    </message>
    <message>
        <source>dddg train ended with code %1</source>
        <translation>dddg train이 코드 %1(으)로 끝났습니다</translation>
    </message>
</context>
<context>
    <name>dddg::ChannelHistogram</name>
    <message>
        <source>Histogram of the visible region</source>
        <translation>보이는 영역의 히스토그램</translation>
    </message>
    <message>
        <source>%1  mean %2 · min %3 · max %4</source>
        <translation>%1  평균 %2 · 최소 %3 · 최대 %4</translation>
    </message>
</context>
<context>
    <name>dddg::ClassNames</name>
    <message>
        <source>T-shirt/top</source>
        <translation>티셔츠/상의</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>바지</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>풀오버</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>드레스</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>코트</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>샌들</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>셔츠</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>스니커즈</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>가방</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>앵클 부츠</translation>
    </message>
</context>
<context>
    <name>dddg::CompareCanvas</name>
    <message>
        <source>reference</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>(%1, %2) |Δ| %3</source>
        <translation>(%1, %2) |Δ| %3</translation>
    </message>
    <message>
        <source>(%1, %2) = %3</source>
        <translation>(%1, %2) = %3</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <source>mean |Δ| %1 (scale 0–%2)</source>
        <translation>평균 |Δ| %1 (범위 0–%2)</translation>
    </message>
    <message>
        <source>Choose an image and a degradation, tick methods and press Run (Ctrl+R)</source>
        <translation>이미지와 열화를 고르고 방법을 체크한 뒤 실행을 누르세요 (Ctrl+R)</translation>
    </message>
    <message>
        <source>|tile − clean|, 0–255</source>
        <translation>|타일 − 원본|, 0–255</translation>
    </message>
    <message>
        <source>(%1, %2) = %3, %4, %5</source>
        <translation>(%1, %2) = %3, %4, %5</translation>
    </message>
    <message>
        <source>(%1, %2) %3 = %4</source>
        <translation>(%1, %2) %3 = %4</translation>
    </message>
</context>
<context>
    <name>dddg::CompareControls</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1분</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Index of the test image</source>
        <translation>테스트 이미지 번호</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Pick a test image from thumbnails (Ctrl+D)</source>
        <translation>썸네일에서 테스트 이미지 선택 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Test image</source>
        <translation>테스트 이미지</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>파일 열기…</translation>
    </message>
    <message>
        <source>A PNG, JPEG or BMP of any size, colour or grey (or drop one on the grid)</source>
        <translation>크기와 관계없는 컬러 또는 흑백 PNG, JPEG, BMP (그리드에 끌어다 놓아도 됩니다)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <source>Use the image on the clipboard (Ctrl+Shift+V)</source>
        <translation>클립보드의 이미지 사용 (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>Degradation</source>
        <translation>열화</translation>
    </message>
    <message>
        <source>Gaussian noise</source>
        <translation>가우스 잡음</translation>
    </message>
    <message>
        <source>Blur (reduce_info)</source>
        <translation>블러 (reduce_info)</translation>
    </message>
    <message>
        <source>Pool (reduce_info)</source>
        <translation>풀링 (reduce_info)</translation>
    </message>
    <message>
        <source>Noise std on the 0–255 scale</source>
        <translation>0–255 척도의 잡음 표준편차</translation>
    </message>
    <message>
        <source>Level t of reduce_info, 1 ≤ t &lt; t_max = %1</source>
        <translation>reduce_info의 단계 t, 1 ≤ t &lt; t_max = %1</translation>
    </message>
    <message>
        <source>Seed of the noise and of the methods&apos; own randomness</source>
        <translation>잡음과 각 방법의 난수에 쓰는 시드</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>σ</source>
        <translation>σ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>열화됨</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <source>Batch of</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <source>Run on the first N test images and show the mean table (as dddg compare --n N)</source>
        <translation>처음 N개의 테스트 이미지에서 실행하고 평균 표를 표시 (dddg compare --n N과 같음)</translation>
    </message>
    <message>
        <source>Deep Image Prior&apos;s iteration budget (its early stop)</source>
        <translation>Deep Image Prior의 반복 예산 (조기 종료)</translation>
    </message>
    <message>
        <source>DIP iterations</source>
        <translation>DIP 반복 수</translation>
    </message>
    <message>
        <source>Run the ticked methods (Ctrl+R)</source>
        <translation>체크한 방법 실행 (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stop every method (Esc)</source>
        <translation>모든 방법 중지 (Esc)</translation>
    </message>
    <message>
        <source>PSNR %1 dB · SSIM %2</source>
        <translation>PSNR %1 dB · SSIM %2</translation>
    </message>
    <message>
        <source>%1 · %2 NFE · %3%4</source>
        <translation>%1 · %2 NFE · %3%4</translation>
    </message>
    <message>
        <source>~</source>
        <translation>~</translation>
    </message>
    <message>
        <source>%1 per image, measured in this session</source>
        <translation>이미지당 %1, 이번 세션에서 측정</translation>
    </message>
    <message>
        <source>about %1 per image (estimated from the NFE)</source>
        <translation>이미지당 약 %1 (NFE로 추정)</translation>
    </message>
    <message>
        <source>%1 · unavailable</source>
        <translation>%1 · 사용 불가</translation>
    </message>
    <message numerus="yes">
        <source>%n method(s) ticked · about %1</source>
        <translation>
            <numerusform>방법 %n개 체크됨 · 약 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: waiting</source>
        <translation>%1: 대기 중</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>At its own size and colour</source>
        <translation>원래 크기와 색상으로</translation>
    </message>
    <message>
        <source>A file or pasted picture as it is (filters whole, networks in blended tiles, DIP at its working scale, DDDG on a letterboxed copy); unticked, it is brought to the models&apos; frame</source>
        <translation>파일이나 붙여넣은 그림을 그대로 사용합니다(필터는 전체 이미지, 신경망은 섞이는 타일, DIP는 작업 크기, DDDG는 레터박스 사본). 체크를 해제하면 모델의 프레임으로 맞춥니다</translation>
    </message>
    <message>
        <source>Super-resolution</source>
        <translation>초해상도</translation>
    </message>
    <message>
        <source>Inpainting (fading hole or drawn mask)</source>
        <translation>인페인팅 (흐려지는 구멍 또는 그린 마스크)</translation>
    </message>
    <message>
        <source>Super-resolution factor: area down, nearest up</source>
        <translation>초해상도 배율: 면적 평균으로 축소, 최근접으로 확대</translation>
    </message>
    <message>
        <source>Measurement noise σ_y on the 0–255 scale, added after the operator</source>
        <translation>연산자 뒤에 더하는 측정 잡음 σ_y (0–255 척도)</translation>
    </message>
    <message>
        <source>8-bit</source>
        <translation>8비트</translation>
    </message>
    <message>
        <source>Round the measurement to 8 bits, as a saved file would be</source>
        <translation>저장된 파일처럼 측정값을 8비트로 반올림</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>배율</translation>
    </message>
    <message>
        <source>σ_y</source>
        <translation>σ_y</translation>
    </message>
    <message>
        <source>Step of Cold Diffusion&apos;s fading schedule, 1 … %1: the hole grows with it</source>
        <translation>Cold Diffusion 흐림 일정의 단계, 1 … %1: 단계와 함께 구멍이 커집니다</translation>
    </message>
</context>
<context>
    <name>dddg::CompareView</name>
    <message>
        <source>Running %1…</source>
        <translation>%1 실행 중…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Comparison cancelled</source>
        <translation>비교 취소됨</translation>
    </message>
    <message>
        <source>Comparison finished</source>
        <translation>비교 완료</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>Fit the images to their tiles (F)</source>
        <translation>이미지를 타일에 맞춤 (F)</translation>
    </message>
    <message>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>One screen pixel per image pixel (1)</source>
        <translation>이미지 픽셀당 화면 픽셀 하나 (1)</translation>
    </message>
    <message>
        <source>Wipe</source>
        <translation>와이프</translation>
    </message>
    <message>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Compare two tiles with a divider you drag (W)</source>
        <translation>끌 수 있는 구분선으로 두 타일 비교 (W)</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Swap the wipe&apos;s two sides (S)</source>
        <translation>와이프의 양쪽 바꾸기 (S)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>|result − clean| in false colour, with its scale and mean (D)</source>
        <translation>|결과 − 원본|을 의사 색상으로, 범위와 평균과 함께 (D)</translation>
    </message>
    <message>
        <source>Flicker</source>
        <translation>깜빡임</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Alternate every tile with the clean reference twice a second (X)</source>
        <translation>모든 타일을 원본 기준과 1초에 두 번 번갈아 표시 (X)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Scrub the intermediate states of iterative methods ([ and ])</source>
        <translation>반복 방법의 중간 상태 탐색 ([ 와 ])</translation>
    </message>
    <message>
        <source>result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>DDDG ▸ Latents</source>
        <translation>DDDG ▸ 잠재 코드</translation>
    </message>
    <message>
        <source>Invert this input with DDDG in the latent view (or double-click a DDDG tile)</source>
        <translation>이 입력을 잠재 코드 보기에서 DDDG로 역변환 (또는 DDDG 타일을 더블클릭)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>붙여넣기</translation>
    </message>
    <message>
        <source>the clipboard holds no image</source>
        <translation>클립보드에 이미지가 없습니다</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>붙여넣은 이미지</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>degraded input</source>
        <translation>열화된 입력</translation>
    </message>
    <message>
        <source>PSNR %1 · SSIM %2
the floor</source>
        <translation>PSNR %1 · SSIM %2
하한</translation>
    </message>
    <message>
        <source>PSNR %1 · SSIM %2
%3 NFE · %4 s</source>
        <translation>PSNR %1 · SSIM %2
%3 NFE · %4초</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>choose an input image first</source>
        <translation>먼저 입력 이미지를 선택하세요</translation>
    </message>
    <message>
        <source>tick at least one method</source>
        <translation>방법을 하나 이상 체크하세요</translation>
    </message>
    <message>
        <source>Table: mean of test images 0…%1 (as dddg compare --n %2); tiles: image 0</source>
        <translation>표: 테스트 이미지 0…%1의 평균 (dddg compare --n %2과 같음); 타일: 이미지 0</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>표: %1</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 dB</translation>
    </message>
    <message>
        <source>there is no comparison to export yet</source>
        <translation>아직 내보낼 비교가 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>there is no table to export yet</source>
        <translation>아직 내보낼 표가 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>끌어다 놓은 이미지</translation>
    </message>
    <message>
        <source>%1 test images 0…%2</source>
        <translation>%1 테스트 이미지 0…%2</translation>
    </message>
    <message>
        <source>PSNR %1 · SSIM %2</source>
        <translation>PSNR %1 · SSIM %2</translation>
    </message>
    <message>
        <source>below the degraded input</source>
        <translation>열화된 입력보다 낮음</translation>
    </message>
    <message>
        <source>%1 no longer exists; choose an input, then Run</source>
        <translation>%1이(가) 더 이상 없습니다. 입력을 고른 뒤 실행하세요</translation>
    </message>
    <message>
        <source>the session holds no readable pasted image; choose an input, then Run</source>
        <translation>세션에 읽을 수 있는 붙여넣은 이미지가 없습니다. 입력을 고른 뒤 실행하세요</translation>
    </message>
    <message>
        <source>the tile %1 has no picture to save</source>
        <translation>타일 %1에 저장할 그림이 없습니다</translation>
    </message>
    <message>
        <source>%1 is the input image: choose another name</source>
        <translation>%1은(는) 입력 이미지입니다. 다른 이름을 고르세요</translation>
    </message>
    <message>
        <source>cannot write %1 (use .png, .jpg, .bmp or .tif)</source>
        <translation>%1을(를) 쓸 수 없습니다 (.png, .jpg, .bmp, .tif 사용)</translation>
    </message>
    <message>
        <source>Save %1 as image…</source>
        <translation>%1을(를) 이미지로 저장…</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 복사</translation>
    </message>
    <message>
        <source>%1 copied to the clipboard</source>
        <translation>%1을(를) 클립보드에 복사했습니다</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 저장</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.bmp *.tif)</source>
        <translation>이미지 (*.png *.jpg *.bmp *.tif)</translation>
    </message>
    <message>
        <source>Save image</source>
        <translation>이미지 저장</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <source>%1 · %2 · x %3–%4, y %5–%6</source>
        <translation>%1 · %2 · x %3–%4, y %5–%6</translation>
    </message>
    <message>
        <source>luma</source>
        <translation>휘도</translation>
    </message>
    <message>
        <source>Show every tile in colour, one channel as grey, or luma (C cycles)</source>
        <translation>모든 타일을 컬러, 한 채널의 회색조 또는 휘도로 표시 (C로 전환)</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>Draw mask</source>
        <translation>마스크 그리기</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Paint the pixels to inpaint with the mouse (M); Shift+drag erases, Ctrl+Z undoes a stroke</source>
        <translation>채울 픽셀을 마우스로 칠합니다 (M); Shift+드래그는 지우고, Ctrl+Z는 한 획을 되돌립니다</translation>
    </message>
    <message>
        <source>Clear mask</source>
        <translation>마스크 지우기</translation>
    </message>
    <message>
        <source>Remove the drawn mask (Ctrl+Z brings it back)</source>
        <translation>그린 마스크를 지웁니다 (Ctrl+Z로 되돌림)</translation>
    </message>
    <message>
        <source>Undo mask stroke</source>
        <translation>마스크 획 되돌리기</translation>
    </message>
</context>
<context>
    <name>dddg::ComparisonTableModel</name>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>PSNR (dB)</source>
        <translation>PSNR (dB)</translation>
    </message>
    <message>
        <source>SSIM</source>
        <translation>SSIM</translation>
    </message>
    <message>
        <source>NFE</source>
        <translation>NFE</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>시간 (초)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지 수</translation>
    </message>
    <message>
        <source>Model / note</source>
        <translation>모델 / 비고</translation>
    </message>
</context>
<context>
    <name>dddg::ComparisonWorker</name>
    <message>
        <source>Open dataset</source>
        <translation>데이터셋 열기</translation>
    </message>
    <message>
        <source>Prepare input</source>
        <translation>입력 준비</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
</context>
<context>
    <name>dddg::DatasetPicker</name>
    <message>
        <source>Pick an image from %1 (test split)</source>
        <translation>%1에서 이미지 선택 (테스트 분할)</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>인덱스</translation>
    </message>
    <message>
        <source>images %1–%2 of %3</source>
        <translation>이미지 %1–%2 / 총 %3개</translation>
    </message>
</context>
<context>
    <name>dddg::ExplorerEngine</name>
    <message>
        <source>Open checkpoint</source>
        <translation>체크포인트 열기</translation>
    </message>
    <message>
        <source>Open dataset</source>
        <translation>데이터셋 열기</translation>
    </message>
    <message>
        <source>Choose image</source>
        <translation>이미지 선택</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>이미지 열기</translation>
    </message>
    <message>
        <source>Use image</source>
        <translation>이미지 사용</translation>
    </message>
    <message>
        <source>Dataset thumbnails</source>
        <translation>데이터셋 썸네일</translation>
    </message>
    <message>
        <source>Sample trajectories</source>
        <translation>궤적 샘플링</translation>
    </message>
    <message>
        <source>Branch trajectory</source>
        <translation>궤적 분기</translation>
    </message>
    <message>
        <source>Render latent code</source>
        <translation>잠재 코드 렌더링</translation>
    </message>
    <message>
        <source>Invert image</source>
        <translation>이미지 역변환</translation>
    </message>
    <message>
        <source>Save latent code</source>
        <translation>잠재 코드 저장</translation>
    </message>
    <message>
        <source>Open latent code</source>
        <translation>잠재 코드 열기</translation>
    </message>
    <message>
        <source>Export video</source>
        <translation>비디오 내보내기</translation>
    </message>
</context>
<context>
    <name>dddg::LatentView</name>
    <message>
        <source>PSNR/SSIM of each step against the real image appear once one is chosen.</source>
        <translation>실제 이미지를 선택하면 각 단계의 실제 이미지 대비 PSNR/SSIM이 표시됩니다.</translation>
    </message>
    <message>
        <source>The latent inspector needs OpenGL, which this display does not offer.
Slots, interpolation, inversion and undo work as usual.</source>
        <translation>잠재 코드 인스펙터에는 OpenGL이 필요하지만 이 디스플레이에서는 사용할 수 없습니다.
슬롯, 보간, 역변환, 실행 취소는 평소처럼 동작합니다.</translation>
    </message>
    <message>
        <source>Real image</source>
        <translation>실제 이미지</translation>
    </message>
    <message>
        <source>Drop an image here, or pick one from the dataset</source>
        <translation>여기에 이미지를 놓거나 데이터셋에서 선택하세요</translation>
    </message>
    <message>
        <source>Pick from dataset…</source>
        <translation>데이터셋에서 선택…</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>이미지 열기…</translation>
    </message>
    <message>
        <source>Inversion</source>
        <translation>역변환</translation>
    </message>
    <message>
        <source>Encoder (Algorithm 3)</source>
        <translation>인코더 (알고리즘 3)</translation>
    </message>
    <message>
        <source>Encoder + step-wise refinement</source>
        <translation>인코더 + 단계별 정제</translation>
    </message>
    <message>
        <source>z_t = D_enc(reduce_info(x, t+1), t+1) for every t: one pass</source>
        <translation>모든 t에 대해 z_t = D_enc(reduce_info(x, t+1), t+1): 한 번에 계산</translation>
    </message>
    <message>
        <source>Then optimise each z_t in turn so that x&apos;_{t+1} matches reduce_info(x, t+1)</source>
        <translation>이어서 x&apos;_{t+1}이 reduce_info(x, t+1)과 일치하도록 각 z_t를 차례로 최적화</translation>
    </message>
    <message>
        <source> steps per t</source>
        <translation> 단계 (t당)</translation>
    </message>
    <message>
        <source>Invert</source>
        <translation>역변환</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>refining %v / %m</source>
        <translation>정제 중 %v / %m</translation>
    </message>
    <message>
        <source>Code and slots</source>
        <translation>코드와 슬롯</translation>
    </message>
    <message>
        <source>Class of the code (class-conditional models)</source>
        <translation>코드의 클래스 (클래스 조건부 모델)</translation>
    </message>
    <message>
        <source>Random code</source>
        <translation>무작위 코드</translation>
    </message>
    <message>
        <source>Show in timeline</source>
        <translation>타임라인에서 보기</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>슬롯 %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <source>Pin → %1</source>
        <translation>고정 → %1</translation>
    </message>
    <message>
        <source>Store the current code in slot %1</source>
        <translation>현재 코드를 슬롯 %1에 저장</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 편집</translation>
    </message>
    <message>
        <source>Make slot %1&apos;s code the current code</source>
        <translation>슬롯 %1의 코드를 현재 코드로 설정</translation>
    </message>
    <message>
        <source>Edit slot</source>
        <translation>슬롯 편집</translation>
    </message>
    <message>
        <source>Change class</source>
        <translation>클래스 변경</translation>
    </message>
    <message>
        <source>Interpolate A → B</source>
        <translation>A → B 보간</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <source>spherical</source>
        <translation>구면</translation>
    </message>
    <message>
        <source>Ticked steps move towards B; unticked ones keep A&apos;s z_t (per-step mixing).</source>
        <translation>체크한 단계는 B 쪽으로 이동하고, 체크하지 않은 단계는 A의 z_t를 유지합니다 (단계별 혼합).</translation>
    </message>
    <message>
        <source>unconditional</source>
        <translation>무조건부</translation>
    </message>
    <message>
        <source>Interpolate z_%1 (else keep slot A&apos;s)</source>
        <translation>z_%1 보간 (체크하지 않으면 슬롯 A의 값 유지)</translation>
    </message>
    <message>
        <source>That latent code does not fit this model (t_max %1, d_z %2)</source>
        <translation>이 잠재 코드는 이 모델에 맞지 않습니다 (t_max %1, d_z %2)</translation>
    </message>
    <message>
        <source>real x_t</source>
        <translation>실제 x_t</translation>
    </message>
    <message>
        <source>code x&apos;_t</source>
        <translation>코드 x&apos;_t</translation>
    </message>
    <message>
        <source>inverting…</source>
        <translation>역변환 중…</translation>
    </message>
    <message>
        <source>encoder: PSNR %1 dB, SSIM %2</source>
        <translation>인코더: PSNR %1 dB, SSIM %2</translation>
    </message>
    <message>
        <source>
refined (%1 steps per t%2): PSNR %3 dB, SSIM %4</source>
        <translation>
정제 (t당 %1단계%2): PSNR %3 dB, SSIM %4</translation>
    </message>
    <message>
        <source>, cancelled</source>
        <translation>, 취소됨</translation>
    </message>
    <message>
        <source>
%1 s</source>
        <translation>
%1 s</translation>
    </message>
    <message>
        <source>Invert %1</source>
        <translation>%1 역변환</translation>
    </message>
    <message>
        <source>Pin codes to both slots A and B to interpolate</source>
        <translation>보간하려면 슬롯 A와 B 모두에 코드를 고정하세요</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
</context>
<context>
    <name>dddg::MainWindow</name>
    <message>
        <source>Training curves as CSV…</source>
        <translation>학습 곡선을 CSV로…</translation>
    </message>
    <message>
        <source>Export training curves</source>
        <translation>학습 곡선 내보내기</translation>
    </message>
    <message>
        <source>this view cannot export that</source>
        <translation>이 보기는 그것을 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.pgm);;All files (*)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.bmp *.pgm);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>DDDG Explorer</source>
        <translation>DDDG Explorer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Latents &amp;&amp; inversion</source>
        <translation>잠재 코드 &amp;&amp; 역변환</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open checkpoint…</source>
        <translation>체크포인트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open checkpoint</source>
        <translation>체크포인트 열기</translation>
    </message>
    <message>
        <source>DDDG checkpoints (*.ckpt);;All files (*)</source>
        <translation>DDDG 체크포인트 (*.ckpt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open &amp;bundled model</source>
        <translation>내장 모델 열기(&amp;B)</translation>
    </message>
    <message>
        <source>Open &amp;image…</source>
        <translation>이미지 열기(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Open image</source>
        <translation>이미지 열기</translation>
    </message>
    <message>
        <source>Pick image from &amp;dataset…</source>
        <translation>데이터셋에서 이미지 선택(&amp;D)…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>Image folder…</source>
        <translation>이미지 폴더…</translation>
    </message>
    <message>
        <source>Open image folder</source>
        <translation>이미지 폴더 열기</translation>
    </message>
    <message>
        <source>Open latent code…</source>
        <translation>잠재 코드 열기…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Save latent code…</source>
        <translation>잠재 코드 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>Open exported &amp;session…</source>
        <translation>내보낸 세션 열기(&amp;S)…</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <source>Sessions (*.session.json);;Exports (*.png *.mp4 *.pt)</source>
        <translation>세션 (*.session.json);;내보낸 파일 (*.png *.mp4 *.pt)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Current view as PNG…</source>
        <translation>현재 보기를 PNG로…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Trajectory as PNG strip…</source>
        <translation>궤적을 PNG 스트립으로…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Trajectory as MP4 video…</source>
        <translation>궤적을 MP4 비디오로…</translation>
    </message>
    <message>
        <source>Latent code…</source>
        <translation>잠재 코드…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo latent edit</source>
        <translation>잠재 코드 편집 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo latent edit</source>
        <translation>잠재 코드 편집 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>About DDDG Explorer</source>
        <translation>DDDG Explorer 정보</translation>
    </message>
    <message>
        <source>&lt;b&gt;DDDG Explorer %1&lt;/b&gt;&lt;p&gt;Deterministic Degradation Diffusion GAN: step through every timestep of degradation and generation, invert images, edit latent codes and watch training.&lt;/p&gt;&lt;p&gt;Qt %2, LibTorch engine.&lt;/p&gt;</source>
        <translation>&lt;b&gt;DDDG Explorer %1&lt;/b&gt;&lt;p&gt;Deterministic Degradation Diffusion GAN: 열화와 생성의 모든 시간 단계를 하나씩 살펴보고, 이미지를 역변환하고, 잠재 코드를 편집하고, 학습 과정을 지켜보세요.&lt;/p&gt;&lt;p&gt;Qt %2, LibTorch 엔진.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>모델 없음</translation>
    </message>
    <message>
        <source>no dataset</source>
        <translation>데이터셋 없음</translation>
    </message>
    <message>
        <source>, %1 classes</source>
        <translation>, 클래스 %1개</translation>
    </message>
    <message>
        <source>%1 · step %2 · t_max %3 · d_z %4 · %5 k parameters%6</source>
        <translation>%1 · 학습 단계 %2 · t_max %3 · d_z %4 · 파라미터 %5 k%6</translation>
    </message>
    <message>
        <source>%1
hash %2
degradation %3</source>
        <translation>%1
해시 %2
열화 %3</translation>
    </message>
    <message>
        <source>device: %1</source>
        <translation>장치: %1</translation>
    </message>
    <message>
        <source>Bundled model</source>
        <translation>내장 모델</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 열기</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n latent code(s) from %1</source>
        <translation>
            <numerusform>%1에서 잠재 코드 %n개를 열었습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved latent code to %1</source>
        <translation>잠재 코드를 %1에 저장했습니다</translation>
    </message>
    <message>
        <source>Wrote video %1</source>
        <translation>비디오 %1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>From timeline</source>
        <translation>타임라인에서</translation>
    </message>
    <message>
        <source>DDDG Explorer — %1</source>
        <translation>DDDG Explorer — %1</translation>
    </message>
    <message>
        <source>Loaded %1: t_max %2, d_z %3, trained for %4 cycles</source>
        <translation>%1 불러옴: t_max %2, d_z %3, %4 사이클 학습됨</translation>
    </message>
    <message>
        <source>; encoder tuned for %1 steps</source>
        <translation>; 인코더 %1 스텝 추가 학습됨</translation>
    </message>
    <message>
        <source>Pick image</source>
        <translation>이미지 선택</translation>
    </message>
    <message>
        <source>no dataset is loaded</source>
        <translation>불러온 데이터셋이 없습니다</translation>
    </message>
    <message>
        <source>the session&apos;s checkpoint %1 is missing; open it by hand, then the session again</source>
        <translation>세션의 체크포인트 %1이(가) 없습니다. 체크포인트를 직접 연 다음 세션을 다시 여세요</translation>
    </message>
    <message>
        <source>the checkpoint changed since this export (hash %1, now %2); showing it anyway</source>
        <translation>이 내보내기 이후 체크포인트가 바뀌었습니다 (해시 %1, 현재 %2). 그래도 표시합니다</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 실패: %2</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 실패</translation>
    </message>
    <message>
        <source>Export view as PNG</source>
        <translation>보기를 PNG로 내보내기</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Saved %1 and %2</source>
        <translation>%1 및 %2을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Export trajectory strip</source>
        <translation>궤적 스트립 내보내기</translation>
    </message>
    <message>
        <source>Export trajectory video</source>
        <translation>궤적 비디오 내보내기</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 비디오 (*.mp4)</translation>
    </message>
    <message>
        <source>there is no trajectory to export yet</source>
        <translation>아직 내보낼 궤적이 없습니다</translation>
    </message>
    <message>
        <source>Save latent code</source>
        <translation>잠재 코드 저장</translation>
    </message>
    <message>
        <source>there is no code yet</source>
        <translation>아직 코드가 없습니다</translation>
    </message>
    <message>
        <source>PyTorch tensors (*.pt)</source>
        <translation>PyTorch 텐서 (*.pt)</translation>
    </message>
    <message>
        <source>Open latent code</source>
        <translation>잠재 코드 열기</translation>
    </message>
    <message>
        <source>PyTorch tensors (*.pt);;All files (*)</source>
        <translation>PyTorch 텐서 (*.pt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>비교</translation>
    </message>
    <message>
        <source>Comparison table as CSV…</source>
        <translation>비교 표를 CSV로…</translation>
    </message>
    <message>
        <source>%1 (from Compare)</source>
        <translation>%1 (비교에서)</translation>
    </message>
    <message>
        <source>Export comparison table</source>
        <translation>비교 표 내보내기</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;← / →&lt;/b&gt;&lt;/td&gt;&lt;td&gt;previous / next step t&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home / End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;t = 0 / t = t_max&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;play / pause the timeline&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;↑ / ↓&lt;/b&gt;&lt;/td&gt;&lt;td&gt;select the previous / next sample&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;new seed&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;B&lt;/b&gt;&lt;/td&gt;&lt;td&gt;branch the trajectory at the cursor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Wheel&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zoom the image grid&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Timeline / Latents / Training / Compare&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Compare: Ctrl+R / Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;run the ticked methods / cancel them all&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Compare: F / 1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;fit the images / one screen pixel per image pixel&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Compare: Wheel, drag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zoom at the cursor, pan — every tile together&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Compare: W / S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;wipe between two tiles / swap its sides&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Compare: D / X&lt;/b&gt;&lt;/td&gt;&lt;td&gt;difference map / flicker against the reference&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Compare: [ / ]&lt;/b&gt;&lt;/td&gt;&lt;td&gt;step back / forward through iterative methods&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Compare: Ctrl+Shift+V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;compare the image on the clipboard&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo / redo a latent edit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open a checkpoint&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+I / Ctrl+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open an image / pick one from the dataset&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S / Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save / open a latent code&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E / Ctrl+Shift+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;export the view / the trajectory strip as PNG&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;show the log&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;← / →&lt;/b&gt;&lt;/td&gt;&lt;td&gt;이전 / 다음 단계 t&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Home / End&lt;/b&gt;&lt;/td&gt;&lt;td&gt;t = 0 / t = t_max&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;타임라인 재생 / 일시 정지&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;↑ / ↓&lt;/b&gt;&lt;/td&gt;&lt;td&gt;이전 / 다음 샘플 선택&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;N&lt;/b&gt;&lt;/td&gt;&lt;td&gt;새 시드&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;B&lt;/b&gt;&lt;/td&gt;&lt;td&gt;커서 위치에서 궤적 분기&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+마우스 휠&lt;/b&gt;&lt;/td&gt;&lt;td&gt;이미지 그리드 확대/축소&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+1 … Ctrl+4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;타임라인 / 잠재 코드 / 학습 / 비교&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;비교: Ctrl+R / Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;체크한 방법 실행 / 모두 취소&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;비교: F / 1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;이미지 맞춤 / 이미지 픽셀당 화면 픽셀 하나&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;비교: 휠, 드래그&lt;/b&gt;&lt;/td&gt;&lt;td&gt;커서 위치에서 확대/축소, 이동 — 모든 타일이 함께&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;비교: W / S&lt;/b&gt;&lt;/td&gt;&lt;td&gt;두 타일 사이 와이프 / 양쪽 바꾸기&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;비교: D / X&lt;/b&gt;&lt;/td&gt;&lt;td&gt;차이 지도 / 기준과 깜빡임&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;비교: [ / ]&lt;/b&gt;&lt;/td&gt;&lt;td&gt;반복 방법의 이전 / 다음 단계&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;비교: Ctrl+Shift+V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;클립보드의 이미지 비교&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z / Ctrl+Shift+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;잠재 코드 편집 실행 취소 / 다시 실행&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;체크포인트 열기&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+I / Ctrl+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;이미지 열기 / 데이터셋에서 선택&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S / Ctrl+Shift+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;잠재 코드 저장 / 열기&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+E / Ctrl+Shift+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;보기 / 궤적 스트립을 PNG로 내보내기&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+L&lt;/b&gt;&lt;/td&gt;&lt;td&gt;로그 표시&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>%1×%1 colour</source>
        <translation>%1×%1 컬러</translation>
    </message>
    <message>
        <source>%1×%1 grey</source>
        <translation>%1×%1 흑백</translation>
    </message>
    <message>
        <source>%1 (%2 test images, %3)</source>
        <translation>%1 (테스트 이미지 %2장, %3)</translation>
    </message>
</context>
<context>
    <name>dddg::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>dddg::MetricChart</name>
    <message>
        <source>cycle</source>
        <translation>사이클</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2 @ %3: %4 (raw %5)</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; %2 @ %3: %4 (원시값 %5)</translation>
    </message>
</context>
<context>
    <name>dddg::MetricStrip</name>
    <message>
        <source>t = %1:  PSNR %2 dB   SSIM %3</source>
        <translation>t = %1:  PSNR %2 dB   SSIM %3</translation>
    </message>
    <message>
        <source>x&apos;_t against reduce_info(x, t)</source>
        <translation>x&apos;_t 대 reduce_info(x, t)</translation>
    </message>
</context>
<context>
    <name>dddg::RunFollower</name>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1은(는) 폴더가 아닙니다</translation>
    </message>
    <message>
        <source>%1 has no metrics.jsonl yet; waiting for it</source>
        <translation>%1에 아직 metrics.jsonl이 없습니다. 생길 때까지 기다립니다</translation>
    </message>
</context>
<context>
    <name>dddg::TimelineView</name>
    <message>
        <source>Choose a real image to see PSNR/SSIM of every step against reduce_info(x, t).</source>
        <translation>실제 이미지를 선택하면 모든 단계의 reduce_info(x, t) 대비 PSNR/SSIM을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Seed of the latents z_t (and of the classes when they are random)</source>
        <translation>잠재 코드 z_t의 시드 (클래스가 무작위이면 클래스의 시드이기도 함)</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>새 시드</translation>
    </message>
    <message>
        <source>Draw a new random seed (N)</source>
        <translation>새 무작위 시드 뽑기 (N)</translation>
    </message>
    <message>
        <source>Number of samples in the batch</source>
        <translation>배치의 샘플 수</translation>
    </message>
    <message>
        <source>Class of a class-conditional model</source>
        <translation>클래스 조건부 모델의 클래스</translation>
    </message>
    <message>
        <source>#1 = inversion</source>
        <translation>#1 = 역변환</translation>
    </message>
    <message>
        <source>Sample #1 uses the encoder&apos;s latents of the real image (Algorithm 3): its PSNR/SSIM strip shows how each step matches</source>
        <translation>샘플 #1은 실제 이미지에 대한 인코더의 잠재 코드를 사용합니다 (알고리즘 3). PSNR/SSIM 스트립에서 각 단계가 얼마나 일치하는지 볼 수 있습니다</translation>
    </message>
    <message>
        <source>no real image</source>
        <translation>실제 이미지 없음</translation>
    </message>
    <message>
        <source>Pick from dataset…</source>
        <translation>데이터셋에서 선택…</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>이미지 열기…</translation>
    </message>
    <message>
        <source>Branch at t</source>
        <translation>t에서 분기</translation>
    </message>
    <message>
        <source>Keep the trajectory up to the cursor and draw new latents from there on (B)</source>
        <translation>커서까지의 궤적은 유지하고 그 뒤로는 새 잠재 코드를 뽑기 (B)</translation>
    </message>
    <message>
        <source>Edit latents</source>
        <translation>잠재 코드 편집</translation>
    </message>
    <message>
        <source>Open the selected sample&apos;s latent code in the Latents view</source>
        <translation>선택한 샘플의 잠재 코드를 잠재 코드 보기에서 열기</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>샘플</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <source>Real image:</source>
        <translation>실제 이미지:</translation>
    </message>
    <message>
        <source>First step, t = 0 (Home)</source>
        <translation>첫 단계, t = 0 (Home)</translation>
    </message>
    <message>
        <source>Previous step (←)</source>
        <translation>이전 단계 (←)</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>재생 / 일시 정지 (Space)</translation>
    </message>
    <message>
        <source>Next step (→)</source>
        <translation>다음 단계 (→)</translation>
    </message>
    <message>
        <source>Last step, t = t_max (End)</source>
        <translation>마지막 단계, t = t_max (End)</translation>
    </message>
    <message>
        <source>real: reduce_info(x, t)</source>
        <translation>실제: reduce_info(x, t)</translation>
    </message>
    <message>
        <source>model state x&apos;_t</source>
        <translation>모델 상태 x&apos;_t</translation>
    </message>
    <message>
        <source>normalised x_norm_t</source>
        <translation>정규화된 x_norm_t</translation>
    </message>
    <message>
        <source>x_norm starts at t = 1</source>
        <translation>x_norm은 t = 1부터 시작합니다</translation>
    </message>
    <message>
        <source>|x&apos;_t − reduce_info(x, t)|</source>
        <translation>|x&apos;_t − reduce_info(x, t)|</translation>
    </message>
    <message>
        <source>needs a real image</source>
        <translation>실제 이미지가 필요합니다</translation>
    </message>
    <message>
        <source>random classes</source>
        <translation>무작위 클래스</translation>
    </message>
    <message>
        <source>unconditional</source>
        <translation>무조건부</translation>
    </message>
    <message>
        <source>Branched at t = %1 with seed %2: steps before t = %1 are reused</source>
        <translation>t = %1에서 시드 %2(으)로 분기했습니다. t = %1 이전 단계는 재사용됩니다</translation>
    </message>
    <message>
        <source>%1 ms (steps %2–%3)</source>
        <translation>%1 ms (단계 %2–%3)</translation>
    </message>
    <message>
        <source>%1 ms for %2 samples</source>
        <translation>샘플 %2개에 %1 ms</translation>
    </message>
    <message>
        <source>t = 0
constant</source>
        <translation>t = 0
상수</translation>
    </message>
    <message>
        <source>t = %1
clean</source>
        <translation>t = %1
깨끗함</translation>
    </message>
    <message>
        <source>t = %1
σ = %2</source>
        <translation>t = %1
σ = %2</translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <source>real x_t</source>
        <translation>실제 x_t</translation>
    </message>
    <message>
        <source> inverted</source>
        <translation> 역변환됨</translation>
    </message>
    <message>
        <source>sample %1, x&apos;_%2</source>
        <translation>샘플 %1, x&apos;_%2</translation>
    </message>
    <message>
        <source>
PSNR %1 dB, SSIM %2 against reduce_info(x, %3)</source>
        <translation>
reduce_info(x, %3) 대비 PSNR %1 dB, SSIM %2</translation>
    </message>
    <message>
        <source>sample %1, x_norm_%2 = x_net − reduce_info(x_net, %3) + x&apos;_%3</source>
        <translation>샘플 %1, x_norm_%2 = x_net − reduce_info(x_net, %3) + x&apos;_%3</translation>
    </message>
    <message>
        <source>constant image x_0</source>
        <translation>상수 이미지 x_0</translation>
    </message>
    <message>
        <source>clean end</source>
        <translation>깨끗한 끝</translation>
    </message>
    <message>
        <source>σ = %1</source>
        <translation>σ = %1</translation>
    </message>
    <message>
        <source>t = %1 / %2 · %3</source>
        <translation>t = %1 / %2 · %3</translation>
    </message>
    <message>
        <source>sample %1: x&apos;_%2</source>
        <translation>샘플 %1: x&apos;_%2</translation>
    </message>
    <message>
        <source>x_norm_%1</source>
        <translation>x_norm_%1</translation>
    </message>
    <message>
        <source>PSNR %1 dB · SSIM %2</source>
        <translation>PSNR %1 dB · SSIM %2</translation>
    </message>
</context>
<context>
    <name>dddg::TrainingRunForm</name>
    <message>
        <source>New run</source>
        <translation>새 실행</translation>
    </message>
    <message>
        <source>class-conditional (CAGAN)</source>
        <translation>클래스 조건부 (CAGAN)</translation>
    </message>
    <message>
        <source>Data-parallel training on this many processes (dddg train --nproc): the batch is shared between them and must be divisible by it. Such runs cannot pause.</source>
        <translation>이 수만큼의 프로세스에서 데이터 병렬 학습을 합니다 (dddg train --nproc): 배치를 프로세스들이 나누어 가지므로 배치는 프로세스 수로 나누어떨어져야 합니다. 이런 실행은 일시 정지할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cycles between checkpoints (and film-strip frames); 0 = only at the end</source>
        <translation>체크포인트 (및 필름 스트립 프레임) 사이의 사이클 수. 0 = 마지막에만</translation>
    </message>
    <message>
        <source>Cycles between FID (LeNet) evaluations, run beside training on a snapshot; 0 = never</source>
        <translation>FID (LeNet) 평가 사이의 사이클 수. 평가는 스냅샷으로 학습과 병행 실행됩니다. 0 = 안 함</translation>
    </message>
    <message>
        <source>new folder under the app&apos;s data</source>
        <translation>앱 데이터 아래 새 폴더</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>continue the run in this folder</source>
        <translation>이 폴더의 실행 이어서 하기</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <source>Cycles</source>
        <translation>사이클</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>너비</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>프로세스</translation>
    </message>
    <message>
        <source>Checkpoint every</source>
        <translation>체크포인트 간격</translation>
    </message>
    <message>
        <source>FID every</source>
        <translation>FID 간격</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>실행 폴더</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Open in explorer</source>
        <translation>탐색기에서 열기</translation>
    </message>
    <message>
        <source>Load the newest EMA weights of the selected run into the timeline and latent views (training goes on)</source>
        <translation>선택한 실행의 최신 EMA 가중치를 타임라인과 잠재 코드 보기로 불러오기 (학습은 계속됨)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>fashion-mnist, mnist, emoji, cifar10, or the path of an image folder (class subfolders, or train/ and test/) or a CIFAR-10 binary folder</source>
        <translation>fashion-mnist, mnist, emoji, cifar10, 또는 이미지 폴더(클래스 하위 폴더, 또는 train/과 test/)나 CIFAR-10 바이너리 폴더의 경로</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>폴더…</translation>
    </message>
    <message>
        <source>Train on a folder of your own images</source>
        <translation>가지고 있는 이미지 폴더로 학습</translation>
    </message>
    <message>
        <source>the data&apos;s own</source>
        <translation>데이터 그대로</translation>
    </message>
    <message>
        <source>Side the images are brought to (shorter side, then a centre crop); t_max follows it: 6 at 32, one more per doubling</source>
        <translation>이미지를 맞출 한 변의 길이 (짧은 변을 맞춘 뒤 가운데 자르기); t_max가 따라감: 32에서 6, 두 배마다 하나씩 더</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>흑백</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>컬러</translation>
    </message>
    <message>
        <source>random left–right flips (folders, CIFAR-10)</source>
        <translation>무작위 좌우 반전 (폴더, CIFAR-10)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>채널</translation>
    </message>
    <message>
        <source>Image folder to train on</source>
        <translation>학습할 이미지 폴더</translation>
    </message>
</context>
<context>
    <name>dddg::TrainingView</name>
    <message>
        <source>the training view cannot export that</source>
        <translation>학습 보기는 그것을 내보낼 수 없습니다</translation>
    </message>
    <message>
        <source>cycle %v / %m</source>
        <translation>사이클 %v / %m</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>실행 중 아님</translation>
    </message>
    <message>
        <source>Longest time the window went without handling events in the last 5 s</source>
        <translation>최근 5 s 동안 창이 이벤트를 처리하지 못한 가장 긴 시간</translation>
    </message>
    <message>
        <source>UI stall %1 ms</source>
        <translation>UI 멈춤 %1 ms</translation>
    </message>
    <message>
        <source>Training started: %1</source>
        <translation>학습 시작: %1</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>실행 목록</translation>
    </message>
    <message>
        <source>Ticked runs are drawn; the selected one feeds the film strip and “Open in explorer”</source>
        <translation>체크한 실행은 그래프에 그려지고, 선택한 실행은 필름 스트립과 “탐색기에서 열기”에 쓰입니다</translation>
    </message>
    <message>
        <source>Follow run folder…</source>
        <translation>실행 폴더 따라가기…</translation>
    </message>
    <message>
        <source>Watch metrics.jsonl and checkpoints of any run directory, live</source>
        <translation>임의의 실행 디렉터리의 metrics.jsonl과 체크포인트를 실시간으로 지켜보기</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Follow run folder</source>
        <translation>실행 폴더 따라가기</translation>
    </message>
    <message>
        <source>smoothing 0.60</source>
        <translation>스무딩 0.60</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>로그 스케일</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>De-biased EMA</source>
        <translation>편향 보정 EMA</translation>
    </message>
    <message>
        <source>discriminator loss L_D</source>
        <translation>판별기 손실 L_D</translation>
    </message>
    <message>
        <source>generator loss L_G</source>
        <translation>생성기 손실 L_G</translation>
    </message>
    <message>
        <source>encoder loss L_enc</source>
        <translation>인코더 손실 L_enc</translation>
    </message>
    <message>
        <source>R1 penalty</source>
        <translation>R1 페널티</translation>
    </message>
    <message>
        <source>FID (LeNet)</source>
        <translation>FID (LeNet)</translation>
    </message>
    <message>
        <source>smoothing %1</source>
        <translation>스무딩 %1</translation>
    </message>
    <message>
        <source>Export curves</source>
        <translation>곡선 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 저장됨</translation>
    </message>
    <message>
        <source>Samples over training (EMA generator, fixed seed)</source>
        <translation>학습 중 샘플 (EMA 생성기, 고정 시드)</translation>
    </message>
    <message>
        <source>Frames appear at every checkpoint.</source>
        <translation>체크포인트마다 프레임이 추가됩니다.</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>체크포인트</translation>
    </message>
    <message>
        <source>A run is already training in this window; stop it first</source>
        <translation>이 창에서 이미 학습 중인 실행이 있습니다. 먼저 중지하세요</translation>
    </message>
    <message>
        <source>Cannot create the run folder %1</source>
        <translation>실행 폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>this window: %1</source>
        <translation>이 창: %1</translation>
    </message>
    <message>
        <source>followed: %1</source>
        <translation>따라가는 중: %1</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>%1 따라가는 중</translation>
    </message>
    <message>
        <source>cycle %1 (%2 of %3)</source>
        <translation>사이클 %1 (%3개 중 %2번째)</translation>
    </message>
    <message>
        <source>Handing the newest EMA weights to the explorer…</source>
        <translation>최신 EMA 가중치를 탐색기로 넘기는 중…</translation>
    </message>
    <message>
        <source>%1 has no checkpoint yet</source>
        <translation>%1에는 아직 체크포인트가 없습니다</translation>
    </message>
    <message>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시 정지됨</translation>
    </message>
    <message>
        <source>stopping after this cycle…</source>
        <translation>이번 사이클 후 중지 중…</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>완료됨</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Training stopped: %1</source>
        <translation>학습 중지됨: %1</translation>
    </message>
    <message>
        <source>Training finished</source>
        <translation>학습 완료</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>학습: %1</translation>
    </message>
    <message>
        <source>%1 cycles/s · ETA %2</source>
        <translation>%1 사이클/s · 남은 시간 %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>DDPM noise-prediction loss (MSE of ε)</source>
        <translation>DDPM 잡음 예측 손실 (ε의 MSE)</translation>
    </message>
    <message>
        <source>DAE denoising loss (MSE of x₀)</source>
        <translation>DAE 잡음 제거 손실 (x₀의 MSE)</translation>
    </message>
    <message>
        <source>Cold Diffusion restorer loss (L1 of x₀)</source>
        <translation>Cold Diffusion 복원기 손실 (x₀의 L1)</translation>
    </message>
    <message>
        <source>The batch (%1) must be divisible by the number of processes (%2)</source>
        <translation>배치(%1)는 프로세스 수(%2)로 나누어떨어져야 합니다</translation>
    </message>
    <message>
        <source> · %1 processes, %2% in collectives</source>
        <translation> · 프로세스 %1개, 집합 통신 %2%</translation>
    </message>
    <message>
        <source>%1: –</source>
        <translation>%1: –</translation>
    </message>
    <message>
        <source>%1 at %2: starting</source>
        <translation>%2 사이클의 %1: 시작</translation>
    </message>
    <message>
        <source>%1 at %2: %3%</source>
        <translation>%2 사이클의 %1: %3%</translation>
    </message>
    <message>
        <source>last %1 %2 at %3</source>
        <translation>마지막 %1 %2 (%3 사이클)</translation>
    </message>
    <message>
        <source>%1 at %2 failed</source>
        <translation>%2 사이클의 %1 실패</translation>
    </message>
    <message>
        <source>%1 at cycle %2: %3</source>
        <translation>%2 사이클의 %1: %3</translation>
    </message>
    <message>
        <source>%1: first at cycle %2</source>
        <translation>%1: 첫 평가는 %2 사이클</translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation>%1: 꺼짐</translation>
    </message>
    <message>
        <source>next %1 at %2</source>
        <translation>다음 %1: %2 사이클</translation>
    </message>
    <message>
        <source>SWD (network-free)</source>
        <translation>SWD (신경망 없음)</translation>
    </message>
</context>
<context>
    <name>dddg::TrainingWorker</name>
    <message>
        <source>stopped at cycle %1; checkpoint saved</source>
        <translation>사이클 %1에서 중지됨, 체크포인트 저장됨</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Explore DDDG models: timelines, latents, inversion, training.</source>
        <translation>DDDG 모델 탐색: 타임라인, 잠재 코드, 역변환, 학습.</translation>
    </message>
    <message>
        <source>Save one PNG per view into DIR, then exit.</source>
        <translation>뷰마다 PNG 하나를 DIR에 저장한 뒤 종료합니다.</translation>
    </message>
    <message>
        <source>Open this checkpoint.</source>
        <translation>이 체크포인트를 엽니다.</translation>
    </message>
    <message>
        <source>Folder with the dataset&apos;s IDX files.</source>
        <translation>데이터셋의 IDX 파일이 있는 폴더.</translation>
    </message>
    <message>
        <source>Start with this real image.</source>
        <translation>이 실제 이미지로 시작합니다.</translation>
    </message>
    <message>
        <source>Reopen an exported view (its .session.json).</source>
        <translation>내보낸 뷰를 다시 엽니다 (해당 .session.json).</translation>
    </message>
    <message>
        <source>Interface language: en, de or ko.</source>
        <translation>인터페이스 언어: en, de 또는 ko.</translation>
    </message>
    <message>
        <source>Train in the window for S seconds, print the GUI thread&apos;s stalls as JSON, exit.</source>
        <translation>창에서 S초 동안 학습하고 GUI 스레드의 멈춤을 JSON으로 출력한 뒤 종료합니다.</translation>
    </message>
    <message>
        <source>Forget remembered settings.</source>
        <translation>저장된 설정을 지웁니다.</translation>
    </message>
    <message>
        <source>--measure-training-stalls needs a positive number</source>
        <translation>--measure-training-stalls에는 양수가 필요합니다</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (use en, de or ko)</source>
        <translation>알 수 없는 언어 &apos;%1&apos; (en, de 또는 ko 사용)</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>예상하지 못한 인수 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Move a latent slider N times, print the slider-to-frame latency as JSON, exit; &apos;compare&apos;: run every method in the Compare view and print the GUI thread&apos;s stalls.</source>
        <translation>잠재 슬라이더를 N번 움직여 슬라이더-프레임 지연을 JSON으로 출력하고 종료; &apos;compare&apos;: 비교 보기에서 모든 방법을 실행하고 GUI 스레드의 멈춤을 출력.</translation>
    </message>
    <message>
        <source>--measure-latency needs a positive number, or &apos;compare&apos;</source>
        <translation>--measure-latency에는 양수 또는 &apos;compare&apos;가 필요합니다</translation>
    </message>
    <message>
        <source>Dataset: fashion-mnist, mnist, cifar10, emoji, photos or an image folder.</source>
        <translation>데이터셋: fashion-mnist, mnist, cifar10, emoji, photos 또는 이미지 폴더.</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1을(를) 열 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a session file: %2</source>
        <translation>%1은(는) 세션 파일이 아닙니다: %2</translation>
    </message>
    <message>
        <source>%1 was not written by DDDG Explorer</source>
        <translation>%1은(는) DDDG Explorer로 작성된 파일이 아닙니다</translation>
    </message>
</context>
</TS>
